package vn.congdanso.spring;

import java.util.Optional;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import vn.congdanso.core.Secret;
import vn.congdanso.http.Transport;
import vn.congdanso.identity.oidc.ClientAuthentication;
import vn.congdanso.identity.oidc.LoginOptions;
import vn.congdanso.identity.oidc.OidcClient;
import vn.congdanso.identity.oidc.ProviderMetadata;

import static org.assertj.core.api.Assertions.assertThat;

/** When the OpenID Connect client appears, how it finds its provider, and how misconfiguration fails. */
class CongdansoOidcAutoConfigurationTest {

    private static final String SECRET = "oidc-client-secret-0001";
    private static final String[] MANUAL = {
        "congdanso.oidc.issuer=https://sso.example.test",
        "congdanso.oidc.client-id=backoffice",
        "congdanso.oidc.client-secret=" + SECRET,
        "congdanso.oidc.redirect-uri=https://backoffice.example.test/login/callback",
        "congdanso.oidc.discovery=false",
        "congdanso.oidc.authorization-endpoint=https://sso.example.test/authorize",
        "congdanso.oidc.token-endpoint=https://sso.example.test/token",
        "congdanso.oidc.jwks-uri=https://sso.example.test/jwks"
    };

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(CongdansoHttpAutoConfiguration.class, CongdansoOidcAutoConfiguration.class));

    @Test
    void noOidcPropertiesNoClientNoTransport() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(OidcClient.class)
                .doesNotHaveBean(Transport.class));
    }

    @Test
    void configuredEndpointsGiveAClientWithoutAnyCall() {
        runner.withPropertyValues(MANUAL).run(context -> {
            assertThat(context).hasSingleBean(OidcClient.class).hasSingleBean(Transport.class);
            String url = context.getBean(OidcClient.class).beginLogin(LoginOptions.defaults()).url().toString();
            assertThat(url).startsWith("https://sso.example.test/authorize?").contains("client_id=backoffice");
            assertThat(server.getRequestCount()).isZero();
        });
    }

    @Test
    void discoveryFetchesTheProvidersDocumentOnceAtStartup() throws Exception {
        String issuer = server.url("/").toString().replaceAll("/$", "");
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/authorize\","
                        + "\"token_endpoint\":\"" + issuer + "/token\",\"jwks_uri\":\"" + issuer + "/jwks\"}")
                .build());
        runner.withPropertyValues("congdanso.oidc.issuer=" + issuer, "congdanso.oidc.client-id=backoffice",
                "congdanso.oidc.client-secret=" + SECRET, "congdanso.oidc.redirect-uri=http://127.0.0.1/cb")
                .run(context -> {
                    assertThat(context).hasSingleBean(OidcClient.class);
                    RecordedRequest recorded = server.takeRequest();
                    assertThat(recorded.getUrl().encodedPath()).isEqualTo("/.well-known/openid-configuration");
                    assertThat(server.getRequestCount()).isEqualTo(1);
                });
    }

    @Test
    void anUnreachableProviderFailsStartupNamingTheIssuer() {
        String issuer = server.url("/").toString().replaceAll("/$", "");
        server.enqueue(new MockResponse.Builder().code(404).build());
        runner.withPropertyValues("congdanso.oidc.issuer=" + issuer, "congdanso.oidc.client-id=backoffice",
                "congdanso.oidc.client-secret=" + SECRET, "congdanso.oidc.redirect-uri=http://127.0.0.1/cb")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context)).contains("congdanso.oidc.issuer").doesNotContain(SECRET);
                });
    }

    @Test
    void clientIdMissingFailsStartupNamingTheProperty() {
        runner.withPropertyValues(MANUAL).withPropertyValues("congdanso.oidc.client-id=").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context)).contains("congdanso.oidc.client-id").doesNotContain(SECRET);
        });
    }

    @Test
    void issuerMissingFailsStartupNamingTheProperty() {
        runner.withPropertyValues("congdanso.oidc.client-id=backoffice").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context)).contains("congdanso.oidc.issuer");
        });
    }

    @Test
    void clientSecretMissingFailsStartupNamingTheProperty() {
        runner.withPropertyValues(MANUAL).withPropertyValues("congdanso.oidc.client-secret=").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context)).contains("congdanso.oidc.client-secret");
        });
    }

    @Test
    void plainHttpTokenEndpointFailsStartupNamingTheIssuer() {
        runner.withPropertyValues(MANUAL)
                .withPropertyValues("congdanso.oidc.token-endpoint=http://sso.example.test/token").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context)).contains("congdanso.oidc.issuer").contains("https");
                });
    }

    @Test
    void configuredAcrLevelsCanBeAskedFor() {
        runner.withPropertyValues(MANUAL).withPropertyValues("congdanso.oidc.acr-levels=LoA1,LoA2").run(context -> {
            OidcClient client = context.getBean(OidcClient.class);
            assertThat(client.beginLogin(LoginOptions.defaults().withAcr("LoA2")).url().toString())
                    .contains("acr_values=LoA2");
        });
    }

    @Test
    void clientBacksOffWhenTheAppDefinesItsOwn() {
        HttpUrl sso = HttpUrl.get("https://own-sso.example.test/");
        OidcClient own = OidcClient.builder()
                .provider(new ProviderMetadata("https://own-sso.example.test", sso.resolve("/authorize"),
                        sso.resolve("/token"), sso.resolve("/jwks"), Optional.empty(), Optional.empty()))
                .clientId("own").authentication(ClientAuthentication.clientSecretBasic(Secret.of("own-secret")))
                .redirectUri("https://backoffice.example.test/cb").transport(Transport.builder().build()).build();
        runner.withPropertyValues(MANUAL).withBean(OidcClient.class, () -> own)
                .run(context -> assertThat(context).getBean(OidcClient.class).isSameAs(own));
    }

    @Test
    void withoutTheOidcModuleNoClient() {
        runner.withPropertyValues(MANUAL).withClassLoader(new FilteredClassLoader(OidcClient.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("congdansoOidcClient"));
    }

    private static String messages(AssertableApplicationContext context) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }
}
