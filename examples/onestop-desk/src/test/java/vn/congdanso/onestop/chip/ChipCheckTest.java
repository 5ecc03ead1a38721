package vn.congdanso.onestop.chip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.congdanso.onestop.DeskApp;

/** Flow 5 over HTTP: passive authentication of uploaded or synthetic chip files, step by step. */
class ChipCheckTest {

    private static final String[] STEPS = {"PARSE_SOD", "SOD_SIGNATURE", "MESSAGE_DIGEST", "DATA_GROUP_HASHES", "CHAIN",
        "REVOCATION", "PARSE_DATA_GROUPS"};

    private final DeskApp desk = DeskApp.shared();

    @Test
    void passesEveryStepForTheSyntheticFixtures() {
        HttpResponse<String> result = post(Map.of("fixtures", "true".getBytes(StandardCharsets.US_ASCII)));

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("id=\"chip-verdict\"", "id=\"chip-verdict-result\"", ">VALID<");
        for (String step : STEPS) {
            assertThat(result.body()).contains("id=\"step-" + step + "\" data-status=\"PASSED\"");
        }
        assertThat(result.body()).contains("N***** V** A", "********3456").doesNotContain("001090123456", "Nguyễn Văn A");
    }

    @Test
    void passesTheFixtureFilesWhenUploaded() throws Exception {
        HttpResponse<String> result = post(fixtureFiles());

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains(">VALID<", "id=\"step-CHAIN\" data-status=\"PASSED\"");
    }

    @Test
    void failsTheHashStepNamingATamperedDataGroup() throws Exception {
        Map<String, byte[]> files = fixtureFiles();
        byte[] dg13 = files.get("dg13");
        dg13[dg13.length - 3] ^= 0x01;

        String page = post(files).body();

        assertThat(page).contains("id=\"step-DATA_GROUP_HASHES\" data-status=\"FAILED\"", "HASH_MISMATCH",
                "id=\"chip-mismatched\"", "DG13").doesNotContain("id=\"chip-holder\"");
    }

    @Test
    void failsTheTrustStepForAnUnknownCsca() {
        SyntheticChip.Fixture foreign = SyntheticChip.generate("Unknown CSCA", Clock.systemUTC());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("sod", foreign.sod());
        foreign.dataGroups().forEach((number, bytes) -> files.put("dg" + number, bytes));

        String page = post(files).body();

        assertThat(page).contains("id=\"step-CHAIN\" data-status=\"FAILED\"", "VALID_UNTRUSTED_CHAIN", "no trusted CSCA",
                "id=\"step-DATA_GROUP_HASHES\" data-status=\"PASSED\"");
    }

    @Test
    void trustsOnlyTheConfiguredCscasSoTheSandboxFixturesFailTheTrustStep() throws Exception {
        Path cscaDir = Files.createTempDirectory("onestop-csca-");
        Path foreign = Files.createTempDirectory("onestop-foreign-");
        ChipSandbox.write(foreign, SyntheticChip.generate("A configured CSCA", Clock.systemUTC()));
        Files.copy(foreign.resolve("csca.pem"), cscaDir.resolve("csca.pem"));
        Files.copy(foreign.resolve("crl.pem"), cscaDir.resolve("crl.pem"));
        try (DeskApp configured = DeskApp.start("--CHIP_CSCA_DIR=" + cscaDir)) {
            String form = configured.get("/chip").body();
            assertThat(form).contains("A configured CSCA").doesNotContain(ChipSandbox.CSCA_NAME);

            String page = post(configured, Map.of("fixtures", "true".getBytes(StandardCharsets.US_ASCII))).body();

            assertThat(page).contains("id=\"step-CHAIN\" data-status=\"FAILED\"", "VALID_UNTRUSTED_CHAIN",
                    "id=\"step-DATA_GROUP_HASHES\" data-status=\"PASSED\"").doesNotContain(">VALID<");
        }
    }

    @Test
    void reportsAGarbledSodWithTheSdksErrorCode() {
        String page = post(Map.of("sod", "not an EF.SOD".getBytes(StandardCharsets.US_ASCII))).body();

        assertThat(page).contains(">MALFORMED<", "id=\"step-PARSE_SOD\" data-status=\"FAILED\"", "chip.BAD_");
    }

    @Test
    void refusesAnOversizedDataGroupBeforeCheckingIt() throws Exception {
        Map<String, byte[]> files = fixtureFiles();
        files.put("dg2", new byte[2 * 1024 * 1024 + 1]);

        HttpResponse<String> refused = post(files);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("chip.TOO_LARGE").doesNotContain("id=\"chip-verdict\"");
    }

    @Test
    void refusesAnUploadAboveTheServersLimit() {
        HttpResponse<String> refused = post(Map.of("sod", new byte[11 * 1024 * 1024]));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).doesNotContain("Exception");
    }

    @Test
    void requiresAnSod() {
        HttpResponse<String> refused = post(Map.of("dg1", new byte[] {0x61, 0}));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("chip.BAD_SOD");
    }

    @Test
    void showsTheFormWithTheSandboxCscaInVietnameseAndEnglish() {
        String page = desk.get("/chip").body();
        assertThat(page).contains("id=\"sod\"", "id=\"dg1\"", "id=\"dg2\"", "id=\"use-fixtures\"", "id=\"check-chip\"",
                "Synthetic sandbox CSCA (not real)", "THỬ NGHIỆM");
        assertThat(desk.get("/chip?lang=en").body()).contains("ID card chip check");
    }

    private Map<String, byte[]> fixtureFiles() throws Exception {
        Path folder = desk.dataDir().resolve("chip-fixtures");
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : new String[] {"sod", "dg1", "dg2", "dg13"}) {
            files.put(name, Files.readAllBytes(folder.resolve(name + ".bin")));
        }
        return files;
    }

    private HttpResponse<String> post(Map<String, byte[]> parts) {
        return post(desk, parts);
    }

    /** A multipart POST of {@code parts} to {@code /chip}; "fixtures" is a plain field, the rest files. */
    private static HttpResponse<String> post(DeskApp desk, Map<String, byte[]> parts) {
        String boundary = "desk-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        parts.forEach((name, bytes) -> {
            String disposition = "fixtures".equals(name) ? "form-data; name=\"" + name + "\""
                    : "form-data; name=\"" + name + "\"; filename=\"" + name + ".bin\"\r\nContent-Type: application/octet-stream";
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(bytes);
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return desk.send(HttpRequest.newBuilder(desk.uri("/chip"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }
}
