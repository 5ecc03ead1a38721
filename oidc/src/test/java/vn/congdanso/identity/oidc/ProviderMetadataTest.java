package vn.congdanso.identity.oidc;

import java.util.Optional;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.UnavailableException;
import vn.congdanso.http.RetryPolicy;
import vn.congdanso.http.Transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProviderMetadataTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final Transport transport = Transport.builder().retryPolicy(RetryPolicy.none()).build();

    @Test
    void discoversTheEndpointsFromTheWellKnownDocument() throws Exception {
        String issuer = server.url("/realms/vneid").toString();
        server.enqueue(json(document(issuer)));

        ProviderMetadata metadata = ProviderMetadata.discover(transport, issuer);

        assertThat(metadata.issuer()).isEqualTo(issuer);
        assertThat(metadata.tokenEndpoint()).isEqualTo(server.url("/realms/vneid/token"));
        assertThat(metadata.userinfoEndpoint()).contains(server.url("/realms/vneid/userinfo"));
        assertThat(metadata.endSessionEndpoint()).isEmpty();
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/realms/vneid/.well-known/openid-configuration");
    }

    @Test
    void rejectsADocumentNamingAnotherIssuer() {
        String issuer = server.url("/realms/vneid").toString();
        server.enqueue(json(document("https://attacker.example.test/realms/vneid")));

        assertRejected(() -> ProviderMetadata.discover(transport, issuer), OidcError.ISSUER_MISMATCH);
    }

    @Test
    void rejectsADocumentWithoutATokenEndpoint() {
        String issuer = server.url("/r").toString();
        server.enqueue(json("{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/auth\","
                + "\"jwks_uri\":\"" + issuer + "/certs\"}"));

        assertRejected(() -> ProviderMetadata.discover(transport, issuer), OidcError.BAD_PROVIDER_RESPONSE);
    }

    @Test
    void rejectsADocumentWithDuplicateMembers() {
        String issuer = server.url("/r").toString();
        server.enqueue(json("{\"issuer\":\"" + issuer + "\",\"issuer\":\"" + issuer + "\"}"));

        assertRejected(() -> ProviderMetadata.discover(transport, issuer), OidcError.BAD_PROVIDER_RESPONSE);
    }

    @Test
    void rejectsAnOversizedDocument() {
        String issuer = server.url("/r").toString();
        server.enqueue(new MockResponse.Builder().body("{\"pad\":\"" + "x".repeat(100_000) + "\"}").build());

        assertRejected(() -> ProviderMetadata.discover(transport, issuer), OidcError.BAD_PROVIDER_RESPONSE);
    }

    @Test
    void reportsAProviderThatIsDownAsUnavailable() {
        server.enqueue(new MockResponse.Builder().code(503).build());

        assertThatThrownBy(() -> ProviderMetadata.discover(transport, server.url("/r").toString()))
                .isInstanceOf(UnavailableException.class);
    }

    @Test
    void refusesPlainHttpEndpointsOutsideLoopback() {
        HttpUrl https = HttpUrl.get("https://sso.example.test/auth");
        assertRejected(() -> new ProviderMetadata("https://sso.example.test", https, HttpUrl.get("http://sso.example.test/token"),
                https, Optional.empty(), Optional.empty()), OidcError.BAD_CONFIGURATION);
        assertRejected(() -> ProviderMetadata.discover(transport, "http://sso.example.test"), OidcError.BAD_CONFIGURATION);
    }

    private static String document(String issuer) {
        String base = HttpUrl.get(issuer.replace("attacker.example.test", "localhost")).toString();
        return "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + base + "/auth\",\"token_endpoint\":\""
                + base + "/token\",\"jwks_uri\":\"" + base + "/certs\",\"userinfo_endpoint\":\"" + base + "/userinfo\"}";
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }

    private static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, OidcError expected) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(expected));
    }
}
