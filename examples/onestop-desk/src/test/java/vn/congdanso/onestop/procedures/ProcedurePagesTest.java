package vn.congdanso.onestop.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.congdanso.onestop.DeskApp;
import vn.congdanso.qr.QrDecoder;

class ProcedurePagesTest {

    private static final Pattern LINK = Pattern.compile("<a class=\"procedure-link\" href=\"(/procedures/[^\"]+)\">([^<]+)</a>");

    private final DeskApp desk = DeskApp.shared();

    @Test
    void findsBirthRegistrationWithOrWithoutDiacriticsInAnyCase() {
        for (String q : List.of("khai sinh", "khai sính", "KHAI SINH", "Khai Sinh")) {
            HttpResponse<String> page = desk.get("/procedures?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(links(page.body())).as(q).first().isEqualTo(List.of("/procedures/1.001193", "Đăng ký khai sinh"));
        }
    }

    @Test
    void servesTheSearchFormWithItsIds() {
        String body = desk.get("/procedures").body();
        assertThat(body).contains("<form method=\"get\"", "id=\"q\"", "name=\"q\"", "id=\"search\"");
    }

    @Test
    void paginatesTheWholeDirectory() {
        String first = desk.get("/procedures").body();
        assertThat(links(first)).hasSize(10);
        assertThat(first).contains("id=\"next-page\"").doesNotContain("id=\"previous-page\"");
        String last = desk.get("/procedures?page=3").body();
        assertThat(last).contains("id=\"previous-page\"").doesNotContain("id=\"next-page\"");
        List<List<String>> second = links(desk.get("/procedures?page=1").body());
        assertThat(second).hasSize(10).doesNotContainAnyElementsOf(links(first));
    }

    @Test
    void showsDetailsWithTheInlinePortalQrAndTheDossierLink() {
        HttpResponse<String> page = desk.get("/procedures/1.001193");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Đăng ký khai sinh", "Hộ tịch", "Giấy chứng sinh", "Luật Hộ tịch số 60/2014/QH13")
                .containsPattern("<div id=\"portal-qr\" class=\"qr\"><svg [^>]*viewBox")
                .contains("id=\"start-dossier\"", "href=\"/dossiers/new?procedure=1.001193\"")
                .doesNotContain("<?xml");
    }

    @Test
    void servesTheEnglishPage() {
        assertThat(desk.get("/procedures/1.001193?lang=en").body()).contains("Processing time", "Fees and charges");
    }

    @Test
    void portalQrPngDecodesToTheNationalPortalLink() {
        HttpResponse<byte[]> png = bytes("/procedures/1.001193/qr.png");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(QrDecoder.standard().decode(png.body()).text())
                .isEqualTo("https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193");
        HttpResponse<String> svg = desk.get("/procedures/1.001193/qr.svg");
        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(svg.body()).startsWith("<?xml").contains("<svg");
    }

    @Test
    void rejectsUnknownProcedureWith404Page() {
        HttpResponse<String> page = desk.get("/procedures/9.999999");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("procedure.UNKNOWN_PROCEDURE").contains("Không có thủ tục nào với mã này.");
        assertThat(desk.get("/procedures/9.999999/qr.png").statusCode()).isEqualTo(404);
    }

    @Test
    void rejectsMalformedCodeWith400PageNamingTheSdkCode() {
        HttpResponse<String> page = desk.get("/procedures/1.00119x?lang=en");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<code id=\"error-code\">procedure.BAD_PROCEDURE_CODE</code>")
                .doesNotContain("Exception", "at vn.");
        assertThat(desk.get("/procedures?page=-1").statusCode()).isEqualTo(400);
    }

    @Test
    void escapesTheSearchWords() {
        String body = desk.get("/procedures?q=" + URLEncoder.encode("<script>x</script>", StandardCharsets.UTF_8)).body();
        assertThat(body).doesNotContain("<script>x").contains("&lt;script&gt;x&lt;/script&gt;");
    }

    private HttpResponse<byte[]> bytes(String path) {
        try {
            return desk.http().send(HttpRequest.newBuilder(desk.uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<List<String>> links(String html) {
        Matcher m = LINK.matcher(html);
        List<List<String>> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(List.of(m.group(1), m.group(2)));
        }
        return found;
    }
}
