package vn.congdanso.onestop.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.congdanso.onestop.DeskApp;

/** Flow 4 end to end over HTTP: the desk signs in through its built-in development provider. */
class DevProviderSignInTest {

    private final DeskApp desk = DeskApp.shared();

    @Test
    void signsInAsTheFictionalCitizenThroughTheDevelopmentProvider() {
        Browser browser = new Browser();
        HttpResponse<String> page = browser.get(desk.baseUrl() + "/signin");
        assertThat(page.body()).contains("id=\"signin-vneid\"", "Đăng nhập bằng VNeID", "KHÔNG PHẢI VNeID");

        String authorize = SignIns.begin(desk, browser);
        Map<String, String> request = Browser.query(authorize);
        assertThat(request).containsEntry("response_type", "code").containsEntry("code_challenge_method", "S256")
                .containsEntry("acr_values", "LoA2").containsEntry("redirect_uri", desk.baseUrl() + "/signin/callback")
                .containsKeys("state", "nonce", "code_challenge", "client_id");

        HttpResponse<String> callback = browser.get(SignIns.authorize(browser, authorize, Map.of()));
        assertThat(callback.statusCode()).as(callback.body()).isEqualTo(302);
        assertThat(Browser.location(callback)).isEqualTo(desk.baseUrl() + "/signin");

        String signedIn = browser.get(desk.baseUrl() + "/signin").body();
        assertThat(signedIn).contains("id=\"signed-in-as\"", "NGUYEN VAN A", "********0123", "LoA2")
                .doesNotContain("001090000123");
    }

    @Test
    void signsOutAgain() {
        Browser browser = new Browser();
        SignIns.signIn(desk, browser);
        HttpResponse<String> logout = browser.post(desk.baseUrl() + "/signin/logout", Map.of());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(browser.get(desk.baseUrl() + "/signin").body()).contains("id=\"signin-vneid\"")
                .doesNotContain("id=\"signed-in-as\"");
    }

    @Test
    void rejectsACallbackWithATamperedState() {
        Browser browser = new Browser();
        String callback = SignIns.authorize(browser, SignIns.begin(desk, browser), Map.of());
        Map<String, String> parameters = new LinkedHashMap<>(Browser.query(callback));
        parameters.put("state", parameters.get("state") + "x");

        HttpResponse<String> refused = browser.get(Browser.withQuery(callback, parameters));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("oidc.STATE_MISMATCH").doesNotContain("Exception");
    }

    @Test
    void refusesAReplayedCallback() {
        Browser browser = new Browser();
        String callback = SignIns.authorize(browser, SignIns.begin(desk, browser), Map.of());
        assertThat(browser.get(callback).statusCode()).isEqualTo(302);

        HttpResponse<String> replay = browser.get(callback);

        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(replay.body()).contains("oidc.STATE_MISMATCH");
    }

    @Test
    void refusesACodeRedeemedTwice() {
        Browser browser = new Browser();
        String first = SignIns.authorize(browser, SignIns.begin(desk, browser), Map.of());
        assertThat(browser.get(first).statusCode()).isEqualTo(302);
        String second = SignIns.authorize(browser, SignIns.begin(desk, browser), Map.of());
        Map<String, String> parameters = new LinkedHashMap<>(Browser.query(second));
        parameters.put("code", Browser.query(first).get("code"));

        HttpResponse<String> reused = browser.get(Browser.withQuery(second, parameters));

        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(reused.body()).contains("core.REMOTE_REJECTED", "invalid_grant");
    }

    @Test
    void refusesACodeInjectedIntoAnotherBrowserSessionBecauseItsPkceVerifierDiffers() {
        Browser victim = new Browser();
        Browser attacker = new Browser();
        String attackersCallback = SignIns.authorize(attacker, SignIns.begin(desk, attacker), Map.of());
        String victimsCallback = SignIns.authorize(victim, SignIns.begin(desk, victim), Map.of());
        Map<String, String> injected = new LinkedHashMap<>(Browser.query(victimsCallback));
        injected.put("code", Browser.query(attackersCallback).get("code"));

        HttpResponse<String> refused = victim.get(Browser.withQuery(victimsCallback, injected));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("core.REMOTE_REJECTED", "invalid_grant");
        assertThat(victim.get(desk.baseUrl() + "/signin").body()).doesNotContain("id=\"signed-in-as\"");
    }

    @Test
    void refusesAnIdTokenCarryingAnotherNonce() {
        Browser browser = new Browser();
        String authorize = SignIns.begin(desk, browser);
        Map<String, String> request = new LinkedHashMap<>(Browser.query(authorize));
        request.put("nonce", "not-the-nonce-the-desk-sent");

        HttpResponse<String> refused = browser.get(SignIns.authorize(browser, Browser.withQuery(authorize, request), Map.of()));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("oidc.NONCE_MISMATCH");
    }

    @Test
    void refusesACitizenBelowAssuranceLevelTwo() {
        Browser browser = new Browser();

        HttpResponse<String> refused = browser.get(SignIns.authorize(browser, SignIns.begin(desk, browser),
                Map.of("acr", "LoA1")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("oidc.TOO_LOW_ASSURANCE");
    }

    @Test
    void showsTheProvidersRefusalWhenTheCitizenDenies() {
        Browser browser = new Browser();
        String authorize = SignIns.begin(desk, browser);
        Map<String, String> form = new LinkedHashMap<>(Browser.formFields(browser.get(authorize).body()));
        form.put("deny", "1");
        HttpResponse<String> denied = browser.post(desk.baseUrl() + "/dev-oidc/authorize", form);

        HttpResponse<String> refused = browser.get(Browser.location(denied));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("oidc.BAD_CALLBACK", "access_denied");
    }

    @Test
    void refusesAnInvalidIdNumberOnTheProvidersForm() {
        Browser browser = new Browser();
        String authorize = SignIns.begin(desk, browser);
        Map<String, String> form = new LinkedHashMap<>(Browser.formFields(browser.get(authorize).body()));
        form.put("acr", "LoA2");
        form.put("idNumber", "12345");

        HttpResponse<String> refused = browser.post(desk.baseUrl() + "/dev-oidc/authorize", form);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("card.BAD_ID_NUMBER", "id=\"dev-login\"");
    }

    @Test
    void refusesAnAuthorizationRequestForAnotherRedirectUriWithoutRedirecting() {
        Browser browser = new Browser();
        Map<String, String> request = new LinkedHashMap<>(Browser.query(SignIns.begin(desk, browser)));
        request.put("redirect_uri", "https://attacker.example/callback");

        HttpResponse<String> refused = browser.get(Browser.withQuery(desk.baseUrl() + "/dev-oidc/authorize", request));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Location")).isEmpty();
        assertThat(refused.body()).contains("invalid_redirect_uri");
    }

    @Test
    void keepsTheProvidersKeyOwnerReadableInTheDataFolder() throws Exception {
        var key = desk.dataDir().resolve("dev-oidc-key.json");
        assertThat(key).exists();
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(desk.dataDir().resolve("dev-oidc-client.properties")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(desk.get("/dev-oidc/jwks").body()).contains("\"kty\":\"EC\"").doesNotContain("\"d\"");
    }

    @Test
    void servesTheSignInPageInEnglish() {
        String page = new Browser().get(desk.baseUrl() + "/signin?lang=en").body();
        assertThat(page).contains("Sign in with VNeID", "NOT VNeID");
    }
}
