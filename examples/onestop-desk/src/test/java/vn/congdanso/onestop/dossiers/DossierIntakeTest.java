package vn.congdanso.onestop.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.congdanso.core.time.VnTime;
import vn.congdanso.onestop.DeskApp;
import vn.congdanso.qr.procedure.DossierCode;
import vn.congdanso.qr.procedure.DossierState;
import vn.congdanso.qr.procedure.HttpProcedureDirectory;
import vn.congdanso.qr.procedure.ProcedureCode;

@ExtendWith(OutputCaptureExtension.class)
class DossierIntakeTest {

    private static final Pattern RECEIPT = Pattern.compile("<textarea id=\"receipt-text\"[^>]*>([^<]+)</textarea>");

    private final DeskApp desk = DeskApp.shared();

    @Test
    void registersDossierFromPastedCardQrAndRedirectsToItsPage(CapturedOutput output) {
        HttpResponse<String> response = desk.postForm("/dossiers", form("procedure", "1.004222", "cardQr", Cards.QR_TEXT,
                "phone", "0912 345 678"));
        assertThat(response.statusCode()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        String today = DateTimeFormatter.ofPattern("yyMMdd").format(LocalDate.now(VnTime.ZONE));
        assertThat(location).matches("/dossiers/H41\\.15\\.05-" + today + "-\\d{4}");
        DossierCode code = DossierCode.parse(location.substring("/dossiers/".length()));

        String page = desk.get(location).body();
        assertThat(page).contains("<strong id=\"dossier-code\">" + code + "</strong>", "Đăng ký thường trú (1.004222)",
                "<td id=\"applicant-name\">N***** V** A</td>", "<td id=\"applicant-id\">********2345</td>",
                "******5678", "Đã tiếp nhận", "id=\"due-at\">17:00 ",
                "<a id=\"pay-fee\" class=\"button\" href=\"/fees/new?dossier=" + code + "&amp;procedure=1.004222\"")
                .containsPattern("<div id=\"receipt-qr\" class=\"qr\"><svg ")
                .doesNotContain(Cards.ID_NUMBER, "0912345678", Cards.NAME);
        assertThat(receipt(page)).startsWith("VNR1:");
        assertThat(output).doesNotContain(Cards.ID_NUMBER).doesNotContain("0912345678").contains(code.toString());
    }

    @Test
    void masksTheApplicantsNameForWhoeverOpensTheDossierPage() {
        HttpResponse<String> response = desk.postForm("/dossiers", form("procedure", "1.004222", "cardQr", Cards.QR_TEXT));
        String location = response.headers().firstValue("Location").orElseThrow();

        String page = desk.get(location).body();

        assertThat(page).contains("<td id=\"applicant-name\">N***** V** A</td>").doesNotContain(Cards.NAME);
    }

    @Test
    void registersDossierFromUploadedPngPhoto() {
        HttpResponse<String> response = desk.send(new MultipartForm().field("procedure", "1.001193").field("cardQr", "")
                .file("cardPhoto", "card.png", "image/png", Cards.png(Cards.QR_TEXT)).field("phone", "").post(desk, "/dossiers"));
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(desk.get(response.headers().firstValue("Location").orElseThrow()).body())
                .contains("<td id=\"applicant-name\">N***** V** A</td>", "Đăng ký khai sinh (1.001193)");
    }

    @Test
    void registersDossierFromGreyscaleJpegPhoto() {
        HttpResponse<String> response = desk.send(new MultipartForm().field("procedure", "1.001193")
                .file("cardPhoto", "card.jpg", "image/jpeg", Cards.greyJpeg(Cards.QR_TEXT)).post(desk, "/dossiers"));
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(desk.get(response.headers().firstValue("Location").orElseThrow()).body()).contains("********2345");
    }

    @Test
    void numbersDossiersOfOneDayConsecutively() {
        long first = DossierCode.parse(register("1.001193").substring("/dossiers/".length())).sequence().transform(Long::parseLong);
        long second = DossierCode.parse(register("1.001193").substring("/dossiers/".length())).sequence().transform(Long::parseLong);
        assertThat(second).isEqualTo(first + 1);
    }

    @Test
    void rejectsBadCardQrWith422NamingTheSdkCode(CapturedOutput output) {
        String bad = Cards.QR_TEXT.replace("01011990", "31021990");
        HttpResponse<String> response = desk.postForm("/dossiers", form("procedure", "1.001193", "cardQr", bad));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("<code id=\"error-code\">card.BAD_DATE</code>", "id=\"form-error\"",
                "<option value=\"1.001193\" selected=\"selected\">");
        HttpResponse<String> shortId = desk.postForm("/dossiers", form("procedure", "1.001193", "cardQr", "00109001234||A|01011990|Nam|X|01012021"));
        assertThat(shortId.statusCode()).isEqualTo(422);
        assertThat(shortId.body()).contains("card.BAD_ID_NUMBER");
        assertThat(output).doesNotContain(Cards.ID_NUMBER);
    }

    @Test
    void rejectsPhotoWithoutQrCodeWith422() {
        HttpResponse<String> response = desk.send(new MultipartForm().field("procedure", "1.001193")
                .file("cardPhoto", "card.png", "image/png", "not an image".getBytes(StandardCharsets.US_ASCII)).post(desk, "/dossiers"));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("<code id=\"error-code\">qr.UNREADABLE_IMAGE</code>");
    }

    @Test
    void rejectsMissingCardUnknownProcedureAndBadPhoneWith422() {
        assertFormError(form("procedure", "1.001193", "cardQr", " "), "dossier.MISSING_CARD");
        assertFormError(form("procedure", "9.999999", "cardQr", Cards.QR_TEXT), "procedure.UNKNOWN_PROCEDURE");
        assertFormError(form("procedure", "", "cardQr", Cards.QR_TEXT), "procedure.BAD_PROCEDURE_CODE");
        assertFormError(form("procedure", "1.001193", "cardQr", Cards.QR_TEXT, "phone", "12345"), "dossier.BAD_PHONE");
    }

    @Test
    void showsTheFormWithTheProcedureChosen() {
        HttpResponse<String> page = desk.get("/dossiers/new?procedure=1.001193");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("enctype=\"multipart/form-data\"", "<textarea id=\"card-qr\"", "id=\"card-photo\"",
                "type=\"file\"", "id=\"submit-dossier\"", "<option value=\"1.001193\" selected=\"selected\">");
    }

    @Test
    void servesTheDossierStatusToTheSdkClient() {
        DossierCode code = DossierCode.parse(register("1.004194").substring("/dossiers/".length()));
        HttpProcedureDirectory client = HttpProcedureDirectory.builder().baseUrl(desk.baseUrl() + "/api/v1").build();
        var status = client.dossierStatus(code).orElseThrow();
        assertThat(status).isEqualTo(desk.bean(DossierStore.class).find(code).orElseThrow().toDossierStatus(java.util.List.of()));
        assertThat(status.state()).isEqualTo(DossierState.RECEIVED);
        assertThat(status.procedure()).hasValue(ProcedureCode.parse("1.004194"));
        assertThat(status.dueAt()).isPresent();
        assertThat(client.dossierStatus(DossierCode.parse("H41.15.05-200101-0001"))).isEmpty();
    }

    @Test
    void answersDossierStatusErrorsWithTheContractsBody() {
        HttpResponse<String> unknown = desk.get("/api/v1/dossiers/H41.15.05-200101-0001");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).startsWith("{\"code\":\"dossier.UNKNOWN_DOSSIER\"");
        HttpResponse<String> malformed = desk.get("/api/v1/dossiers/h41-x");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).startsWith("{\"code\":\"procedure.BAD_DOSSIER_CODE\"");
        assertThat(desk.get("/api/v1/dossiers/H41-261399-0001").body()).startsWith("{\"code\":\"procedure.BAD_DOSSIER_DATE\"");
        assertThat(desk.get("/dossiers/H41.15.05-200101-0001").statusCode()).isEqualTo(404);
        assertThat(desk.get("/dossiers/nope").statusCode()).isEqualTo(400);
    }

    /** Registers a dossier for the fictional applicant; its page's path. */
    static String register(DeskApp desk, String procedure) {
        HttpResponse<String> response = desk.postForm("/dossiers", form("procedure", procedure, "cardQr", Cards.QR_TEXT));
        assertThat(response.statusCode()).isEqualTo(303);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** The receipt text on a dossier page. */
    static String receipt(String page) {
        Matcher m = RECEIPT.matcher(page);
        assertThat(m.find()).isTrue();
        return org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1));
    }

    static String form(String... pairs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            out.append(i == 0 ? "" : "&").append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private String register(String procedure) {
        return register(desk, procedure);
    }

    private void assertFormError(String form, String code) {
        HttpResponse<String> response = desk.postForm("/dossiers", form);
        assertThat(response.statusCode()).as(code).isEqualTo(422);
        assertThat(response.body()).contains("<code id=\"error-code\">" + code + "</code>");
    }
}
