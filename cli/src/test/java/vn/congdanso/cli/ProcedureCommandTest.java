package vn.congdanso.cli;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congdanso.qr.QrDecoder;

import static org.assertj.core.api.Assertions.assertThat;

class ProcedureCommandTest {

    @Test
    void showsProcedureAsText() {
        CliRun run = CliRun.of("procedure", "show", "1.001193");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1.001193  Đăng ký khai sinh", "Lĩnh vực: Hộ tịch", "Căn cứ pháp lý:",
                "https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193");
    }

    @Test
    void namesImplementingLevelsInVietnamese() {
        CliRun run = CliRun.of("procedure", "show", "1.001193");

        assertThat(run.out()).containsPattern("Cấp thực hiện: (Cấp Bộ|Cấp Tỉnh|Cấp Xã)(, (Cấp Bộ|Cấp Tỉnh|Cấp Xã))*\\n")
                .doesNotContain("COMMUNE", "PROVINCE", "CENTRAL", "[");
    }

    @Test
    void refusesBlankKeywordsAsAUsageError() {
        CliRun run = CliRun.of("procedure", "search", "  ");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("error cli.USAGE: give at least one keyword");
    }

    @Test
    void showsProcedureAsJson() throws Exception {
        CliRun run = CliRun.of("procedure", "show", "--json", "1.001612.000.00.00.H01");
        assertThat(run.exitCode()).isZero();
        JsonNode node = Output.MAPPER.readTree(run.out());
        assertThat(node.get("valid").asBoolean()).isTrue();
        assertThat(node.get("error").isNull()).isTrue();
        assertThat(node.get("code").asText()).isEqualTo("1.001612");
        assertThat(node.get("name").asText()).isEqualTo("Đăng ký thành lập hộ kinh doanh");
        assertThat(node.get("fees").isArray()).isTrue();
        assertThat(node.get("portalUrl").asText()).endsWith("ma_thu_tuc=1.001612");
    }

    @Test
    void reportsUnknownProcedure() throws Exception {
        CliRun run = CliRun.of("procedure", "show", "--json", "9.999999");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(Output.MAPPER.readTree(run.out()).at("/error/code").asText()).isEqualTo("procedure.UNKNOWN_PROCEDURE");
    }

    @Test
    void reportsMalformedCodeWithOffset() throws Exception {
        CliRun run = CliRun.of("procedure", "show", "--json", "1.0016x2");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        JsonNode error = Output.MAPPER.readTree(run.out()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("procedure.BAD_PROCEDURE_CODE");
        assertThat(error.get("offset").asInt()).isEqualTo(6);
    }

    @Test
    void searchesWithoutDiacritics() {
        CliRun run = CliRun.of("procedure", "search", "dang", "ky", "ket", "hon");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().findFirst()).hasValue("1.000894  Đăng ký kết hôn");
    }

    @Test
    void searchesAsOneJsonResult() throws Exception {
        CliRun run = CliRun.of("procedure", "search", "--json", "--limit", "2", "khai", "sinh");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        JsonNode result = Output.MAPPER.readTree(run.out());
        assertThat(result.get("valid").asBoolean()).isTrue();
        assertThat(result.get("error").isNull()).isTrue();
        assertThat(result.get("query").asText()).isEqualTo("khai sinh");
        assertThat(result.get("procedures")).hasSize(2);
        assertThat(result.at("/procedures/0/name").asText()).isEqualTo("Đăng ký khai sinh");
    }

    @Test
    void saysWhenNothingMatches() {
        CliRun run = CliRun.of("procedure", "search", "tàu", "vũ", "trụ");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("No procedure matches");
    }

    @Test
    void printsUsageWithoutSubcommand() {
        assertThat(CliRun.of("procedure").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void writesAQrCodeOfThePortalPage(@TempDir Path dir) {
        Path image = dir.resolve("khai-sinh.png");

        CliRun run = CliRun.of("procedure", "qr", "1.001193", "--out", image.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(QrDecoder.standard().decode(image).text())
                .isEqualTo("https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193");
    }
}
