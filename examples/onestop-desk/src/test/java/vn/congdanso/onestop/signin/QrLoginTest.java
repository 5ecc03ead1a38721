package vn.congdanso.onestop.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.congdanso.onestop.DeskApp;
import vn.congdanso.onestop.TestClock;

/**
 * QR login over HTTP: the desk shows a QR and a short code; a phone opens the QR's URL, says yes
 * (POST), signs in through the development provider and approves the desk (POST) — the desk is
 * then signed in. Opening the URL alone changes nothing. The desk runs with a public base URL,
 * {@value #PUBLIC_URL}, which the QR's links are built on (the test, playing the reverse proxy,
 * sends them to the desk's real address); sessions expire on the desk's clock.
 */
class QrLoginTest {

    private static final String PUBLIC_URL = "https://desk.example";
    private static final Pattern SHORT_CODE = Pattern.compile("id=\"qr-short-code\">(\\d{3} \\d{3})<");

    private static DeskApp desk;
    private static TestClock clock;

    @BeforeAll
    static void start() {
        desk = DeskApp.start(TestClock.ARGUMENT, "--onestop.signin.qr-lifetime=2m", "--PUBLIC_BASE_URL=" + PUBLIC_URL);
        clock = (TestClock) desk.bean(Clock.class);
    }

    @AfterAll
    static void stop() {
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void signsInTheDeskOnceAPhoneSignsInAndApprovesIt() {
        Browser deskBrowser = new Browser();
        Browser phone = new Browser();
        String qrPage = newQr(deskBrowser);
        String page = deskBrowser.get(qrPage).body();
        assertThat(page).contains("id=\"login-qr\"", "<svg", "data-status=\"CREATED\"", "http-equiv=\"refresh\"");
        assertThat(status(deskBrowser, qrPage)).contains("\"status\":\"CREATED\"");

        HttpResponse<String> toProvider = confirmScan(phone, page);
        assertThat(toProvider.statusCode()).isEqualTo(302);
        assertThat(status(deskBrowser, qrPage)).contains("\"status\":\"SCANNED\"");

        HttpResponse<String> confirmation = phone.get(SignIns.authorize(phone, Browser.location(toProvider), Map.of()));
        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(confirmation.body()).contains("id=\"qr-confirm\"", "NGUYEN VAN A", "********0123");
        assertThat(shortCode(confirmation.body())).isEqualTo(shortCode(page));
        assertThat(status(deskBrowser, qrPage)).as("signed in on the phone, not yet approved").contains("\"status\":\"SCANNED\"");

        HttpResponse<String> approved = phone.post(formAction(confirmation), Browser.formFields(confirmation.body()));
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
    void openingTheQrLinkOnlyAsksAndChangesNothing() {
        Browser deskBrowser = new Browser();
        String qrPage = newQr(deskBrowser);
        String page = deskBrowser.get(qrPage).body();

        Browser phone = new Browser();
        HttpResponse<String> first = phone.get(scanUrl(page));
        HttpResponse<String> second = new Browser().get(scanUrl(page));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("id=\"qr-approve\"", "method=\"post\"", "Bộ phận Một cửa")
                .doesNotContain("dev-oidc");
        assertThat(shortCode(first.body())).isEqualTo(shortCode(page));
        assertThat(first.headers().firstValue("Location")).isEmpty();
        assertThat(status(deskBrowser, qrPage)).contains("\"status\":\"CREATED\"");
    }

    @Test
    void approvesTheDeskOnlyWithTheConfirmationFormsToken() {
        Browser deskBrowser = new Browser();
        Browser phone = new Browser();
        String qrPage = newQr(deskBrowser);
        HttpResponse<String> toProvider = confirmScan(phone, deskBrowser.get(qrPage).body());
        HttpResponse<String> confirmation = phone.get(SignIns.authorize(phone, Browser.location(toProvider), Map.of()));

        HttpResponse<String> forged = phone.post(formAction(confirmation), Map.of("token", "guessed"));
        HttpResponse<String> replayed = phone.post(formAction(confirmation), Browser.formFields(confirmation.body()));

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("oidc.BAD_SESSION_STATE");
        assertThat(replayed.statusCode()).as("the token is used up by any answer").isEqualTo(400);
        assertThat(status(deskBrowser, qrPage)).contains("\"status\":\"SCANNED\"");
    }

    @Test
    void marksTheQrDeniedWhenTheCitizenDeniesTheDeskAfterSigningIn() {
        Browser deskBrowser = new Browser();
        Browser phone = new Browser();
        String qrPage = newQr(deskBrowser);
        HttpResponse<String> toProvider = confirmScan(phone, deskBrowser.get(qrPage).body());
        HttpResponse<String> confirmation = phone.get(SignIns.authorize(phone, Browser.location(toProvider), Map.of()));
        Map<String, String> form = new LinkedHashMap<>(Browser.formFields(confirmation.body()));
        form.put("deny", "1");

        HttpResponse<String> denied = phone.post(formAction(confirmation), form);

        assertThat(denied.statusCode()).isEqualTo(200);
        assertThat(denied.body()).contains("id=\"qr-denied\"");
        assertThat(status(deskBrowser, qrPage)).contains("\"status\":\"DENIED\"");
    }

    @Test
    void buildsTheQrLinkOnThePublicUrlWhateverTheHostHeaderSays() {
        Raw created = Raw.get(desk.port(), "/signin/qr", "evil.example", null);
        assertThat(created.status()).isEqualTo(302);
        String path = URI.create(created.header("Location")).getPath();

        Raw page = Raw.get(desk.port(), path, "evil.example", created.header("Set-Cookie").split(";")[0]);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"qr-link\" href=\"" + PUBLIC_URL + path + "/scan\"")
                .doesNotContain("evil.example");
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
        assertThat(late.body()).contains("data-status=\"EXPIRED\"").doesNotContain("id=\"qr-approve\"");
        HttpResponse<String> lateYes = new Browser().post(scan, Map.of());
        assertThat(lateYes.statusCode()).isEqualTo(400);

        HttpResponse<String> reloaded = deskBrowser.post(qrPage + "/reload", Map.of());
        assertThat(reloaded.statusCode()).isEqualTo(302);
        assertThat(deskBrowser.get(Browser.location(reloaded)).body()).contains("data-status=\"CREATED\"", "id=\"login-qr\"");
    }

    @Test
    void refusesAnApprovalThatArrivesAfterTheExpiry() {
        Browser deskBrowser = new Browser();
        Browser phone = new Browser();
        String qrPage = newQr(deskBrowser);
        HttpResponse<String> toProvider = confirmScan(phone, deskBrowser.get(qrPage).body());
        clock.advance(Duration.ofSeconds(100));
        HttpResponse<String> confirmation = phone.get(SignIns.authorize(phone, Browser.location(toProvider), Map.of()));
        assertThat(confirmation.statusCode()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(30));
        HttpResponse<String> late = phone.post(formAction(confirmation), Browser.formFields(confirmation.body()));

        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("oidc.BAD_SESSION_STATE");
        assertThat(status(deskBrowser, qrPage)).contains("\"status\":\"EXPIRED\"");
    }

    @Test
    void refusesASignInThatReturnsAfterTheExpiry() {
        Browser deskBrowser = new Browser();
        Browser phone = new Browser();
        String qrPage = newQr(deskBrowser);
        HttpResponse<String> toProvider = confirmScan(phone, deskBrowser.get(qrPage).body());
        clock.advance(Duration.ofSeconds(100));
        String callback = SignIns.authorize(phone, Browser.location(toProvider), Map.of());

        clock.advance(Duration.ofSeconds(30));
        HttpResponse<String> late = phone.get(callback);

        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("oidc.BAD_SESSION_STATE").doesNotContain("id=\"qr-confirm\"");
        assertThat(status(deskBrowser, qrPage)).contains("\"status\":\"EXPIRED\"");
    }

    @Test
    void marksTheQrDeniedWhenTheCitizenRefusesAtTheProvider() {
        Browser deskBrowser = new Browser();
        Browser phone = new Browser();
        String qrPage = newQr(deskBrowser);
        String authorize = Browser.location(confirmScan(phone, deskBrowser.get(qrPage).body()));
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

    /** The phone opens the QR's URL and says yes: the answer sends it to the provider. */
    private static HttpResponse<String> confirmScan(Browser phone, String qrPage) {
        HttpResponse<String> question = phone.get(scanUrl(qrPage));
        assertThat(question.statusCode()).as(question.body()).isEqualTo(200);
        return phone.post(formAction(question), Map.of());
    }

    private static String status(Browser browser, String qrPage) {
        HttpResponse<String> status = browser.get(qrPage + "/status");
        assertThat(status.statusCode()).isEqualTo(200);
        return status.body();
    }

    /** The URL the QR holds, as the page links it, sent to the desk's real address. */
    private static String scanUrl(String page) {
        Matcher link = Pattern.compile("id=\"qr-link\" href=\"([^\"]+)\"").matcher(page);
        assertThat(link.find()).as("the QR's link in the page").isTrue();
        String url = link.group(1).replace("&amp;", "&");
        assertThat(url).startsWith(PUBLIC_URL + "/signin/qr/");
        return desk.baseUrl() + url.substring(PUBLIC_URL.length());
    }

    /** The absolute URL the page's form posts to. */
    private static String formAction(HttpResponse<String> page) {
        Matcher action = Pattern.compile("<form id=\"qr-(?:approve|confirm)\" method=\"post\" action=\"([^\"]+)\"")
                .matcher(page.body());
        assertThat(action.find()).as("the page's form").isTrue();
        return desk.baseUrl() + action.group(1).replace("&amp;", "&");
    }

    private static String shortCode(String page) {
        Matcher code = SHORT_CODE.matcher(page);
        assertThat(code.find()).as("the short code in the page").isTrue();
        return code.group(1);
    }

    /**
     * An HTTP/1.0 exchange over a plain socket, for a {@code Host} header of the test's choosing
     * (the JDK's client will not send one).
     */
    private record Raw(int status, String head, String body) {

        static Raw get(int port, String path, String host, String cookie) {
            String request = "GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\nX-Forwarded-Host: " + host + "\r\n"
                    + (cookie == null ? "" : "Cookie: " + cookie + "\r\n") + "\r\n";
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                out.write(request.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                ByteArrayOutputStream answer = new ByteArrayOutputStream();
                try (InputStream in = socket.getInputStream()) {
                    in.transferTo(answer);
                }
                String text = answer.toString(StandardCharsets.UTF_8);
                int split = text.indexOf("\r\n\r\n");
                String head = text.substring(0, split);
                return new Raw(Integer.parseInt(head.split(" ")[1]), head, text.substring(split + 4));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String header(String name) {
            Matcher value = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*)$").matcher(head);
            assertThat(value.find()).as(name + " in " + head).isTrue();
            return value.group(1).strip();
        }
    }
}
