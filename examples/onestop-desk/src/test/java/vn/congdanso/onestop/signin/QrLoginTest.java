package vn.congdanso.onestop.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.congdanso.onestop.DeskApp;

/**
 * QR login over HTTP: the desk shows a QR, a phone opens its URL and signs in through the
 * development provider, the desk is then signed in; sessions expire on the desk's clock.
 */
class QrLoginTest {

    private static DeskApp desk;
    private static TestClock clock;

    @BeforeAll
    static void start() {
        desk = DeskApp.start(TestClock.ARGUMENT, "--onestop.signin.qr-lifetime=2m");
        clock = (TestClock) desk.bean(Clock.class);
    }

    @AfterAll
    static void stop() {
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void signsInTheDeskOnceAPhoneApprovesItsQr() {
        Browser deskBrowser = new Browser();
        Browser phone = new Browser();
        String qrPage = newQr(deskBrowser);
        String page = deskBrowser.get(qrPage).body();
        assertThat(page).contains("id=\"login-qr\"", "<svg", "data-status=\"CREATED\"", "http-equiv=\"refresh\"");
        assertThat(status(deskBrowser, qrPage)).contains("\"status\":\"CREATED\"");

        HttpResponse<String> scanned = phone.get(scanUrl(page));
        assertThat(scanned.statusCode()).isEqualTo(302);
        assertThat(status(deskBrowser, qrPage)).contains("\"status\":\"SCANNED\"");

        HttpResponse<String> approved = phone.get(SignIns.authorize(phone, Browser.location(scanned), Map.of()));
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(approved.body()).contains("id=\"qr-approved\"", "NGUYEN VAN A");
        assertThat(status(deskBrowser, qrPage)).contains("\"status\":\"APPROVED\"");

        HttpResponse<String> claimed = deskBrowser.get(qrPage);
        assertThat(claimed.statusCode()).isEqualTo(302);
        assertThat(deskBrowser.get(desk.baseUrl() + "/signin").body()).contains("id=\"signed-in-as\"", "NGUYEN VAN A",
                "********0123");
        assertThat(phone.get(desk.baseUrl() + "/signin").body()).doesNotContain("id=\"signed-in-as\"");
    }

    @Test
    void expiresAnUnansweredQrAndRefusesALateScan() {
        Browser deskBrowser = new Browser();
        String qrPage = newQr(deskBrowser);
        String scan = scanUrl(deskBrowser.get(qrPage).body());

        clock.advance(Duration.ofMinutes(3));

        assertThat(status(deskBrowser, qrPage)).contains("\"status\":\"EXPIRED\"");
        String expired = deskBrowser.get(qrPage).body();
        assertThat(expired).contains("data-status=\"EXPIRED\"", "id=\"qr-reload\"").doesNotContain("http-equiv=\"refresh\"");
        HttpResponse<String> late = new Browser().get(scan);
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("data-status=\"EXPIRED\"");

        HttpResponse<String> reloaded = deskBrowser.post(qrPage + "/reload", Map.of());
        assertThat(reloaded.statusCode()).isEqualTo(302);
        assertThat(deskBrowser.get(Browser.location(reloaded)).body()).contains("data-status=\"CREATED\"", "id=\"login-qr\"");
    }

    @Test
    void refusesAnApprovalThatArrivesAfterTheExpiry() {
        Browser deskBrowser = new Browser();
        Browser phone = new Browser();
        String qrPage = newQr(deskBrowser);
        HttpResponse<String> scanned = phone.get(scanUrl(deskBrowser.get(qrPage).body()));
        clock.advance(Duration.ofSeconds(100));
        String callback = SignIns.authorize(phone, Browser.location(scanned), Map.of());

        clock.advance(Duration.ofSeconds(30));
        HttpResponse<String> late = phone.get(callback);

        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("oidc.BAD_SESSION_STATE");
        assertThat(status(deskBrowser, qrPage)).contains("\"status\":\"EXPIRED\"");
    }

    @Test
    void marksTheQrDeniedWhenTheCitizenRefusesOnThePhone() {
        Browser deskBrowser = new Browser();
        Browser phone = new Browser();
        String qrPage = newQr(deskBrowser);
        String authorize = Browser.location(phone.get(scanUrl(deskBrowser.get(qrPage).body())));
        Map<String, String> form = new LinkedHashMap<>(Browser.formFields(phone.get(authorize).body()));
        form.put("deny", "1");

        HttpResponse<String> refused = phone.get(Browser.location(phone.post(desk.baseUrl() + "/dev-oidc/authorize", form)));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(status(deskBrowser, qrPage)).contains("\"status\":\"DENIED\"");
    }

    @Test
    void showsAQrOnlyToTheBrowserThatCreatedIt() {
        String qrPage = newQr(new Browser());

        HttpResponse<String> stranger = new Browser().get(qrPage);

        assertThat(stranger.statusCode()).isEqualTo(404);
        assertThat(new Browser().get(qrPage + "/status").statusCode()).isEqualTo(404);
    }

    private static String newQr(Browser browser) {
        HttpResponse<String> created = browser.get(desk.baseUrl() + "/signin/qr");
        assertThat(created.statusCode()).isEqualTo(302);
        return Browser.location(created);
    }

    private static String status(Browser browser, String qrPage) {
        HttpResponse<String> status = browser.get(qrPage + "/status");
        assertThat(status.statusCode()).isEqualTo(200);
        return status.body();
    }

    /** The URL the QR holds, as the page links it. */
    private static String scanUrl(String page) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("id=\"qr-link\" href=\"([^\"]+)\"").matcher(page);
        assertThat(link.find()).as("the QR's link in the page").isTrue();
        return link.group(1).replace("&amp;", "&");
    }
}
