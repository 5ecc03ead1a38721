package vn.congdanso.onestop.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.congdanso.onestop.DeskApp;

/**
 * The desk against a real provider: the Keycloak that {@code .ci/run} starts with the realm of
 * {@code oidc/src/test/resources/keycloak/congdanso-realm.json} ({@code CONGDANSO_TEST_OIDC_URL};
 * skipped without it, failed with {@code CI=true}). The desk starts with {@code OIDC_ISSUER} set
 * to the realm and the realm's test client, and the test signs in over HTTP, filling in
 * Keycloak's login form as the fictional user.
 *
 * <p>The realm registers exactly one redirect URI, {@code http://127.0.0.1/callback} (port 80,
 * path {@code /callback}), which a desk on a random port with its callback at
 * {@code /signin/callback} cannot answer itself. The desk is therefore configured with that
 * redirect URI ({@code OIDC_REDIRECT_URI}), and the test plays the reverse proxy that would
 * serve it: it takes Keycloak's redirect and delivers the same query to the desk's
 * {@code /signin/callback}. Everything else — state, PKCE, the code exchange with that redirect
 * URI, the ID token's signature, issuer, audience, nonce and level — runs as in production.
 */
class KeycloakSignInTest {

    private static final String REDIRECT_URI = "http://127.0.0.1/callback";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private String issuer;

    @BeforeEach
    void requireKeycloak() {
        issuer = System.getenv("CONGDANSO_TEST_OIDC_URL");
        if (issuer == null && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but CONGDANSO_TEST_OIDC_URL is not set: .ci/run must start Keycloak");
        }
        assumeTrue(issuer != null, "no Keycloak configured (set CONGDANSO_TEST_OIDC_URL; .ci/run does)");
    }

    @Test
    void signsInThroughKeycloakAsTheConfiguredProvider() {
        // The realm's TEST-ONLY client and user: public test values, not credentials of anything real.
        try (DeskApp desk = DeskApp.start("--OIDC_ISSUER=" + issuer, "--OIDC_CLIENT_ID=congdanso-desk",
                "--OIDC_CLIENT_SECRET=test-only-secret-not-for-production", "--OIDC_REDIRECT_URI=" + REDIRECT_URI)) {
            Browser browser = new Browser();
            assertThat(browser.get(desk.baseUrl() + "/signin").body()).contains("id=\"signin-vneid\"")
                    .doesNotContain("KHÔNG PHẢI VNeID");
            HttpResponse<String> toProvider = browser.get(desk.baseUrl() + "/signin/vneid");
            String authorize = Browser.location(toProvider);
            assertThat(authorize).startsWith(issuer + "/protocol/openid-connect/auth?");
            assertThat(Browser.query(authorize)).containsEntry("code_challenge_method", "S256")
                    .containsEntry("acr_values", "LoA2").containsEntry("redirect_uri", REDIRECT_URI);

            String callback = signInOnKeycloak(browser, authorize);
            HttpResponse<String> completed = browser.get(desk.baseUrl() + "/signin/callback"
                    + callback.substring(REDIRECT_URI.length()));

            assertThat(completed.statusCode()).as(completed.body()).isEqualTo(302);
            assertThat(browser.get(desk.baseUrl() + "/signin").body()).contains("id=\"signed-in-as\"", "NGUYEN VAN A",
                    "********0123", "LoA2");
        }
    }

    /** Fills in Keycloak's login form and follows its redirects up to the registered redirect URI. */
    private static String signInOnKeycloak(Browser browser, String authorize) {
        HttpResponse<String> page = browser.get(authorize);
        assertThat(page.statusCode()).as("Keycloak's login page").isEqualTo(200);
        Matcher action = FORM_ACTION.matcher(page.body());
        assertThat(action.find()).as("the login form").isTrue();
        HttpResponse<String> response = browser.post(action.group(1).replace("&amp;", "&"),
                Map.of("username", "nguyenvana", "password", "test-only-password", "credentialId", ""));
        for (int hop = 0; hop < 10; hop++) {
            String next = Browser.location(response);
            if (next.startsWith(REDIRECT_URI)) {
                return next;
            }
            response = browser.get(next);
        }
        throw new AssertionError("too many redirects");
    }
}
