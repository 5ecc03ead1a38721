package vn.congdanso.identity.oidc;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.congdanso.core.Secret;
import vn.congdanso.http.Transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Signs in against a real Keycloak (the server family of the national sign-on) started by
 * {@code .ci/run} with the realm {@code src/test/resources/keycloak/congdanso-realm.json}: the
 * login form is driven with OkHttp, the code exchanged, the tokens validated and the Vietnamese
 * claims mapped. Skipped without {@code CONGDANSO_TEST_OIDC_URL}, except in CI, where it fails.
 */
class KeycloakSignInTest {

    private static final String REDIRECT_URI = "http://127.0.0.1/callback";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private String issuer;

    @BeforeEach
    void requireServer() {
        issuer = System.getenv("CONGDANSO_TEST_OIDC_URL");
        if (issuer == null && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but CONGDANSO_TEST_OIDC_URL is not set: .ci/run must start Keycloak");
        }
        assumeTrue(issuer != null, "no Keycloak configured (set CONGDANSO_TEST_OIDC_URL; .ci/run does)");
    }

    @Test
    void signsInWithPkceAndMapsTheVietnameseClaims() throws IOException {
        Transport transport = Transport.builder().callTimeout(Duration.ofSeconds(30)).build();
        OidcClient client = OidcClient.builder()
                .provider(ProviderMetadata.discover(transport, issuer))
                .clientId("congdanso-desk")
                // Test-only secret from the realm file; not a credential of anything real.
                .authentication(ClientAuthentication.clientSecretBasic(Secret.of("test-only-secret-not-for-production")))
                .redirectUri(REDIRECT_URI)
                .transport(transport)
                .build();
        LoginRedirect redirect = client.beginLogin(LoginOptions.defaults().withAcr("LoA2").withPrompt("login"));

        LoginResult result = client.completeLogin(redirect.pending(), signInThroughTheBrowserForm(redirect.url()));

        CitizenIdentity citizen = result.citizen();
        assertThat(citizen.idNumber().map(id -> id.digits())).contains("001090000123");
        assertThat(citizen.fullName()).contains("NGUYEN VAN A");
        assertThat(citizen.birthDate()).contains(LocalDate.of(1990, 1, 1));
        assertThat(citizen.assuranceLevel()).contains("LoA2");
        assertThat(result.idToken().issuer()).isEqualTo(issuer);
        assertThat(result.tokens().refreshToken()).isPresent();

        TokenSet refreshed = client.refresh(result.tokens().refreshToken().orElseThrow(), citizen.subject());
        assertThat(refreshed.accessToken().length()).isPositive();
        assertThat(client.logoutUrl(result.tokens().idToken().orElseThrow(), Optional.empty(), Optional.empty())
                .encodedPath()).endsWith("/protocol/openid-connect/logout");
    }

    @Test
    void rejectsACallbackWhoseStateWasTamperedWith() throws IOException {
        Transport transport = Transport.builder().build();
        OidcClient client = OidcClient.builder()
                .provider(ProviderMetadata.discover(transport, issuer))
                .clientId("congdanso-desk")
                .authentication(ClientAuthentication.clientSecretPost(Secret.of("test-only-secret-not-for-production")))
                .redirectUri(REDIRECT_URI)
                .transport(transport)
                .build();
        LoginRedirect redirect = client.beginLogin(LoginOptions.defaults());
        Map<String, String> callback = new LinkedHashMap<>(signInThroughTheBrowserForm(redirect.url()));
        callback.put("state", callback.get("state") + "x");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.completeLogin(redirect.pending(), callback))
                .isInstanceOfSatisfying(vn.congdanso.core.RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(OidcError.STATE_MISMATCH));
    }

    /** Plays the browser: opens the login page, posts the fictional user's credentials, stops at the redirect URI. */
    private static Map<String, String> signInThroughTheBrowserForm(HttpUrl authorizationUrl) throws IOException {
        OkHttpClient browser = new OkHttpClient.Builder().followRedirects(false).cookieJar(new MemoryCookieJar())
                .callTimeout(Duration.ofSeconds(30)).build();
        String page;
        try (Response response = browser.newCall(new Request.Builder().url(authorizationUrl).build()).execute()) {
            assertThat(response.code()).as("login page").isEqualTo(200);
            page = response.body().string();
        }
        Matcher action = FORM_ACTION.matcher(page);
        assertThat(action.find()).as("login form in the page").isTrue();
        HttpUrl next = HttpUrl.get(action.group(1).replace("&amp;", "&"));
        Request post = new Request.Builder().url(next).post(new FormBody.Builder()
                .add("username", "nguyenvana").add("password", "test-only-password").add("credentialId", "").build())
                .build();
        for (int hop = 0; hop < 10; hop++) {
            try (Response response = browser.newCall(post).execute()) {
                String location = response.header("Location");
                assertThat(response.isRedirect()).as("redirect after sign-in, got HTTP " + response.code()).isTrue();
                HttpUrl target = HttpUrl.get(response.request().url().resolve(location).toString());
                if (target.toString().startsWith(REDIRECT_URI)) {
                    return query(target);
                }
                post = new Request.Builder().url(target).build();
            }
        }
        throw new AssertionError("too many redirects");
    }

    private static Map<String, String> query(HttpUrl url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String name : url.queryParameterNames()) {
            parameters.put(name, url.queryParameter(name));
        }
        return parameters;
    }

    private static final class MemoryCookieJar implements CookieJar {
        private final List<Cookie> cookies = new CopyOnWriteArrayList<>();

        @Override
        public void saveFromResponse(HttpUrl url, List<Cookie> received) {
            for (Cookie cookie : received) {
                cookies.removeIf(c -> c.name().equals(cookie.name()) && c.domain().equals(cookie.domain()));
                cookies.add(cookie);
            }
        }

        @Override
        public List<Cookie> loadForRequest(HttpUrl url) {
            List<Cookie> matching = new ArrayList<>();
            for (Cookie cookie : cookies) {
                // Keycloak marks its cookies Secure even over plain http on loopback; a browser
                // treats loopback as a secure context, so this jar does too.
                if (cookie.domain().equals(url.host()) && url.encodedPath().startsWith(cookie.path())) {
                    matching.add(cookie);
                }
            }
            return matching;
        }
    }
}
