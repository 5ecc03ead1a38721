package vn.congdanso.onestop.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.congdanso.onestop.DeskApp;

/**
 * With {@code OIDC_ISSUER} configured (here a fictional provider, its endpoints given without
 * discovery so that nothing is fetched), the desk signs in there: the built-in development
 * provider is gone, and the default redirect URI is built on the desk's public URL.
 */
class ConfiguredProviderTest {

    private static final String ISSUER = "https://idp.example/realms/test";

    private static DeskApp desk;

    @BeforeAll
    static void start() {
        desk = DeskApp.start("--OIDC_ISSUER=" + ISSUER, "--OIDC_CLIENT_ID=desk-test", "--OIDC_CLIENT_SECRET=test-only-secret",
                "--congdanso.oidc.discovery=false", "--congdanso.oidc.authorization-endpoint=" + ISSUER + "/auth",
                "--congdanso.oidc.token-endpoint=" + ISSUER + "/token", "--congdanso.oidc.jwks-uri=" + ISSUER + "/jwks",
                "--PUBLIC_BASE_URL=https://desk.example");
    }

    @AfterAll
    static void stop() {
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void servesNoDevelopmentProvider() {
        for (String path : new String[] {"/dev-oidc/.well-known/openid-configuration", "/dev-oidc/jwks",
            "/dev-oidc/authorize?client_id=x", "/dev-oidc/userinfo"}) {
            assertThat(desk.get(path).statusCode()).as(path).isEqualTo(404);
        }
        HttpResponse<String> token = desk.postForm("/dev-oidc/token", "grant_type=authorization_code&code=x");
        assertThat(token.statusCode()).isIn(404, 405);
        assertThat(token.body()).doesNotContain("id_token", "invalid_grant");
        assertThat(new Browser().get(desk.baseUrl() + "/signin").body()).doesNotContain("KHÔNG PHẢI VNeID");
    }

    @Test
    void sendsTheBrowserToTheConfiguredProviderWithThePublicRedirectUri() {
        HttpResponse<String> redirect = new Browser().get(desk.baseUrl() + "/signin/vneid");

        assertThat(redirect.statusCode()).isEqualTo(302);
        String authorize = Browser.location(redirect);
        assertThat(authorize).startsWith(ISSUER + "/auth?");
        Map<String, String> query = Browser.query(authorize);
        assertThat(query).containsEntry("client_id", "desk-test")
                .containsEntry("redirect_uri", "https://desk.example/signin/callback");
    }
}
