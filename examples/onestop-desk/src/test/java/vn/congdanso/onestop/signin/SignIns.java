package vn.congdanso.onestop.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import vn.congdanso.onestop.DeskApp;

/** Steps of a sign-in through the development provider, as a browser takes them. */
final class SignIns {

    private SignIns() {
    }

    /** Clicks "Đăng nhập bằng VNeID": the development provider's authorization URL. */
    static String begin(DeskApp desk, Browser browser) {
        HttpResponse<String> redirect = browser.get(desk.baseUrl() + "/signin/vneid");
        assertThat(redirect.statusCode()).isEqualTo(302);
        String authorize = Browser.location(redirect);
        assertThat(authorize).startsWith(desk.baseUrl() + "/dev-oidc/authorize?");
        return authorize;
    }

    /** Opens the authorization page and submits it with {@code changes} to the defaults: the callback URL. */
    static String authorize(Browser browser, String authorizeUrl, Map<String, String> changes) {
        HttpResponse<String> page = browser.get(authorizeUrl);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"dev-provider-banner\"", "KHÔNG PHẢI VNeID", "id=\"dev-login\"");
        Map<String, String> form = new java.util.LinkedHashMap<>(Browser.formFields(page.body()));
        form.put("acr", "LoA2");
        form.putAll(changes);
        HttpResponse<String> submitted = browser.post(authorizeUrl.substring(0, authorizeUrl.indexOf('?')), form);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
        return Browser.location(submitted);
    }

    /** The whole sign-in as NGUYEN VAN A; the callback's answer. */
    static HttpResponse<String> signIn(DeskApp desk, Browser browser) {
        return browser.get(authorize(browser, begin(desk, browser), Map.of()));
    }
}
