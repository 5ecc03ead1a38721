package vn.congdanso.onestop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

class DeskStartsTest {

    @Test
    void startsOnEmbeddedDefaultsAndAnswersHealth() {
        DeskApp desk = DeskApp.shared();
        var health = desk.get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(desk.dataDir().resolve("sandbox-keys.properties")).exists();
        assertThat(desk.dataDir().resolve("receipt-signing-key.pem")).exists();
    }

    @Test
    void servesTheStartPageInVietnameseAndEnglish() {
        DeskApp desk = DeskApp.shared();
        assertThat(desk.get("/").body()).contains("Bộ phận Một cửa");
        assertThat(desk.get("/?lang=en").body()).contains("One-Stop desk");
    }

    @Test
    void createsItsDataFolderForItsOwnerOnly() throws Exception {
        java.nio.file.Path parent = DeskApp.newDataDir();
        try (DeskApp desk = DeskApp.start(parent.resolve("data"), DeskApp.jdbcUrlFor(parent.resolve("data")))) {
            assertThat(java.nio.file.Files.getPosixFilePermissions(desk.dataDir()))
                    .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void keepsTheGeneratedKeysAcrossRestarts() throws Exception {
        try (DeskApp first = DeskApp.start()) {
            String keys = Files.readString(first.dataDir().resolve("sandbox-keys.properties"));
            first.close();
            try (DeskApp second = DeskApp.start(first.dataDir(), first.jdbcUrl())) {
                assertThat(Files.readString(second.dataDir().resolve("sandbox-keys.properties"))).isEqualTo(keys);
            }
        }
    }

    @Test
    void answersAnUnknownPageWithTheDesksErrorPageAndNoStackTrace() {
        var page = DeskApp.shared().send(java.net.http.HttpRequest.newBuilder(DeskApp.shared().uri("/no-such-page"))
                .header("Accept", "text/html").GET().build());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Không xử lý được yêu cầu", "<code id=\"error-status\">404</code>")
                .doesNotContain("Exception", "at vn.");
    }

    @Test
    void refusesAnOversizedUploadWithTheDesksPage() {
        DeskApp desk = DeskApp.shared();
        String boundary = "onestopboundary";
        byte[] big = new byte[17 * 1024 * 1024];
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"cardPhoto\"; filename=\"card.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var body = java.net.http.HttpRequest.BodyPublishers.concat(java.net.http.HttpRequest.BodyPublishers.ofByteArray(head),
                java.net.http.HttpRequest.BodyPublishers.ofByteArray(big), java.net.http.HttpRequest.BodyPublishers.ofByteArray(tail));
        var response = desk.send(java.net.http.HttpRequest.newBuilder(desk.uri("/dossiers"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .POST(body).build());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("desk.UPLOAD_TOO_LARGE");
    }
}
