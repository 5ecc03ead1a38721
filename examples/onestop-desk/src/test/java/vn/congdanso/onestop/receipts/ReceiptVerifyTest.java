package vn.congdanso.onestop.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

import vn.congdanso.onestop.DeskApp;
import vn.congdanso.onestop.dossiers.Cards;
import vn.congdanso.onestop.dossiers.MultipartForm;
import vn.congdanso.qr.ErrorCorrection;
import vn.congdanso.qr.QrEncoder;
import vn.congdanso.qr.QrImage;
import vn.congdanso.qr.procedure.AgencyCode;
import vn.congdanso.qr.procedure.DossierCode;
import vn.congdanso.qr.procedure.ProcedureCode;
import vn.congdanso.qr.receipt.PemKeys;
import vn.congdanso.qr.receipt.Receipt;
import vn.congdanso.qr.receipt.ReceiptSigner;

class ReceiptVerifyTest {

    private static final Pattern RECEIPT = Pattern.compile("<textarea id=\"receipt-text\"[^>]*>([^<]+)</textarea>");

    private final DeskApp desk = DeskApp.shared();

    @Test
    void verifiesAPastedReceiptAndShowsItsFields() {
        String location = registerDossier();
        String code = location.substring("/dossiers/".length());
        HttpResponse<String> response = verify(receiptOf(location) + "\r\n", Cards.ID_NUMBER);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<section id=\"receipt-verdict\" class=\"ok\">",
                "<td id=\"verified-dossier\">" + code + "</td>", "<td id=\"verified-procedure\">1.001193.000.05.15.H41</td>",
                "UBND xã Thử Nghiệm (sandbox)", "id=\"verified-id-match\" class=\"ok\"");
        assertThat(verify(receiptOf(location), "001090099999").body()).contains("id=\"verified-id-match\" class=\"bad\"");
    }

    @Test
    void verifiesAnUploadedPhotoOfTheReceiptQr() {
        String location = registerDossier();
        byte[] photo = QrImage.png(QrEncoder.builder().errorCorrection(ErrorCorrection.Q).build().encode(receiptOf(location)));
        HttpResponse<String> response = desk.send(new MultipartForm().field("receipt", "")
                .file("receiptPhoto", "receipt.png", "image/png", photo).post(desk, "/receipts/verify"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("class=\"ok\"", location.substring("/dossiers/".length()));
    }

    @Test
    void refusesATamperedReceipt() {
        String receipt = receiptOf(registerDossier());
        int at = receipt.length() / 2;
        String tampered = receipt.substring(0, at) + (receipt.charAt(at) == 'A' ? 'B' : 'A') + receipt.substring(at + 1);
        HttpResponse<String> response = verify(tampered, "");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("<section id=\"receipt-verdict\" class=\"bad\"")
                .containsPattern("<code id=\"error-code\">receipt\\.(BAD_SIGNATURE|BAD_BASE45|BAD_COMPRESSION|BAD_COSE)</code>");
        assertThat(verify("hello", "").body()).contains("<code id=\"error-code\">receipt.BAD_PREFIX</code>");
    }

    @Test
    void refusesAnExpiredReceiptSignedWithTheDesksKey() throws Exception {
        Instant twoYearsAgo = Instant.now().minus(Duration.ofDays(730));
        ReceiptSigner signer = ReceiptSigner.builder()
                .privateKey(PemKeys.privateKey(Files.readString(desk.dataDir().resolve("receipt-signing-key.pem"))))
                .kid(desk.context().getEnvironment().getProperty("congdanso.receipts.signer.kid")).issuer("UBND xã Thử Nghiệm")
                .clock(Clock.fixed(twoYearsAgo, ZoneOffset.UTC)).validity(Duration.ofDays(30)).build();
        String expired = signer.sign(receipt(twoYearsAgo), Cards.ID_NUMBER);
        HttpResponse<String> response = verify(expired, "");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("<code id=\"error-code\">receipt.EXPIRED</code>");
    }

    @Test
    void refusesAReceiptSignedWithAnUnknownKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        ReceiptSigner stranger = ReceiptSigner.builder().privateKey(generator.generateKeyPair().getPrivate())
                .kid("somebody-else").issuer("UBND xã Giả Mạo").build();
        HttpResponse<String> response = verify(stranger.sign(receipt(Instant.now()), Cards.ID_NUMBER), "");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("<code id=\"error-code\">receipt.UNKNOWN_KEY</code>");
    }

    @Test
    void asksForAReceiptWhenNoneIsGiven() {
        HttpResponse<String> response = verify("  ", "");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("<code id=\"error-code\">dossier.MISSING_RECEIPT</code>");
        HttpResponse<String> form = desk.get("/receipts/verify?lang=en");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<textarea id=\"receipt\"", "id=\"receipt-photo\"", "Verify a dossier receipt")
                .doesNotContain("id=\"receipt-verdict\"");
    }

    private static Receipt receipt(Instant receivedAt) {
        return new Receipt(DossierCode.parse("H41.15.05-240101-0001"), ProcedureCode.parse("1.001193"),
                AgencyCode.parse("000.05.15.H41"), receivedAt, receivedAt.plus(Duration.ofDays(1)));
    }

    private String registerDossier() {
        HttpResponse<String> response = desk.postForm("/dossiers", "procedure=1.001193&cardQr="
                + URLEncoder.encode(Cards.QR_TEXT, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(303);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private String receiptOf(String location) {
        Matcher m = RECEIPT.matcher(desk.get(location).body());
        assertThat(m.find()).isTrue();
        return HtmlUtils.htmlUnescape(m.group(1));
    }

    private HttpResponse<String> verify(String receipt, String idNumber) {
        return desk.postForm("/receipts/verify", "receipt=" + URLEncoder.encode(receipt, StandardCharsets.UTF_8)
                + "&idNumber=" + URLEncoder.encode(idNumber, StandardCharsets.UTF_8));
    }
}
