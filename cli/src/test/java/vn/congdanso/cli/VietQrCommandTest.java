package vn.congdanso.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congdanso.qr.QrDecoder;

import static org.assertj.core.api.Assertions.assertThat;

class VietQrCommandTest {

    private static final String NAPAS =
            "00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E";
    private static final String ACB_STATIC =
            "00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void decodesToTheDocumentedJson() throws Exception {
        assertThat(run("vietqr", "decode", "--json", NAPAS)).isEqualTo(ExitCodes.OK);
        assertThat(out.toString().strip()).isEqualTo("{\"valid\":true,\"error\":null,\"strictValid\":true,\"pointOfInitiation\":\"dynamic\","
                + "\"bankBin\":\"970403\",\"bankShortName\":\"Sacombank\",\"account\":\"0011012345678\",\"service\":\"QRIBFTTA\","
                + "\"amount\":180000,\"currency\":\"704\",\"country\":\"VN\",\"merchantName\":null,\"merchantCity\":null,"
                + "\"billNumber\":\"NPS6869\",\"referenceLabel\":null,\"terminalLabel\":null,\"purpose\":\"thanh toan don hang\","
                + "\"warnings\":[]}");
    }

    @Test
    void printsNullAmountForAStaticCode() throws Exception {
        assertThat(run("vietqr", "decode", "--json", ACB_STATIC)).isEqualTo(ExitCodes.OK);
        JsonNode node = new ObjectMapper().readTree(out.toString());
        assertThat(node.get("amount").isNull()).isTrue();
        assertThat(node.get("pointOfInitiation").asText()).isEqualTo("static");
        assertThat(node.get("bankShortName").asText()).isEqualTo("ACB");
    }

    @Test
    void reportsAnInvalidPayloadWithCodeAndOffsetAndExitCode1() throws Exception {
        String bad = NAPAS.substring(0, NAPAS.length() - 1) + "F";
        assertThat(run("vietqr", "decode", "--json", bad)).isEqualTo(ExitCodes.INVALID);
        JsonNode node = new ObjectMapper().readTree(out.toString());
        assertThat(node.get("valid").asBoolean()).isFalse();
        assertThat(node.at("/error/code").asText()).isEqualTo("emv.CRC_MISMATCH");
        assertThat(node.at("/error/offset").asInt()).isEqualTo(NAPAS.length() - 4);
        assertThat(node.at("/error/message").asText()).isNotBlank();
    }

    @Test
    void strictModeRejectsWhatLenientModeAcceptsWithWarnings() throws Exception {
        String lower = NAPAS.substring(0, NAPAS.length() - 4) + "2e2e";
        assertThat(run("vietqr", "decode", "--json", lower)).isEqualTo(ExitCodes.INVALID);
        assertThat(new ObjectMapper().readTree(out.toString()).at("/error/code").asText()).isEqualTo("vietqr.CRC_LOWERCASE");
        out.getBuffer().setLength(0);
        assertThat(run("vietqr", "decode", "--lenient", "--json", lower)).isEqualTo(ExitCodes.OK);
        JsonNode node = new ObjectMapper().readTree(out.toString());
        assertThat(node.get("strictValid").asBoolean()).isFalse();
        assertThat(node.at("/warnings/0/code").asText()).isEqualTo("vietqr.CRC_LOWERCASE");
    }

    @Test
    void decodesAsTextByDefaultAndFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("qr.txt");
        Files.writeString(file, NAPAS + "\n");
        assertThat(run("vietqr", "decode", "@" + file)).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("bank: 970403 Sacombank").contains("amount: 180.000 ₫").contains("type: dynamic");
    }

    @Test
    void encodesAPayloadThatDecodesBack() throws Exception {
        assertThat(run("vietqr", "encode", "--bin", "970403", "--account", "0011012345678", "--amount", "180000",
                "--bill", "NPS6869", "--purpose", "thanh toan don hang")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString().strip()).isEqualTo(NAPAS);
    }

    @Test
    void encodeWritesAQrImageThatScansBackToThePayload(@TempDir Path dir) {
        Path png = dir.resolve("fee.png");
        Path svg = dir.resolve("fee.svg");

        assertThat(run("vietqr", "encode", "--bin", "970403", "--account", "0011012345678", "--amount", "180000",
                "--bill", "NPS6869", "--purpose", "thanh toan don hang", "--out", png.toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(run("vietqr", "encode", "--bin", "970403", "--account", "0011012345678", "--out", svg.toString()))
                .isEqualTo(ExitCodes.OK);

        assertThat(QrDecoder.standard().decode(png).text()).isEqualTo(NAPAS);
        assertThat(svg).content().startsWith("<?xml").contains("<svg");
    }

    @Test
    void encodesACardTransferAndReportsTruncationOnStderr() throws Exception {
        assertThat(run("vietqr", "encode", "--bin", "970403", "--account", "9704031101234567", "--card",
                "--name", "Ủy ban nhân dân xã Đoan Hùng", "--city", "Phú Thọ")).isEqualTo(ExitCodes.OK);
        String payload = out.toString().strip();
        assertThat(payload).contains("QRIBFTTC").contains("5925Uy ban nhan dan xa Doan H").contains("6007Phu Tho");
        assertThat(err.toString()).contains("vietqr.TEXT_TRUNCATED");
    }

    @Test
    void encodeRejectsABadBinWithExitCode1() throws Exception {
        assertThat(run("vietqr", "encode", "--json", "--bin", "9704", "--account", "1")).isEqualTo(ExitCodes.INVALID);
        assertThat(new ObjectMapper().readTree(out.toString()).at("/error/code").asText()).isEqualTo("vietqr.BAD_FIELD");
    }

    @Test
    void encodeRejectsAMalformedAmount() throws Exception {
        assertThat(run("vietqr", "encode", "--bin", "970403", "--account", "1", "--amount", "12,000")).isEqualTo(ExitCodes.INVALID);
        assertThat(err.toString()).contains("core.BAD_AMOUNT");
    }

    @Test
    void encodeTakesABankCodeForTheBin() {
        assertThat(run("vietqr", "encode", "--bin", "ICB", "--account", "0011012345678")).isEqualTo(ExitCodes.OK);
        String byCode = out.toString().strip();
        out.getBuffer().setLength(0);
        assertThat(run("vietqr", "encode", "--bank", "970415", "--account", "0011012345678")).isEqualTo(ExitCodes.OK);

        assertThat(byCode).contains("0006970415").isEqualTo(out.toString().strip());
    }

    @Test
    void encodeRejectsAnUnknownBankCode() throws Exception {
        assertThat(run("vietqr", "encode", "--json", "--bin", "NOPE", "--account", "1")).isEqualTo(ExitCodes.INVALID);
        JsonNode node = new ObjectMapper().readTree(out.toString());
        assertThat(node.at("/error/code").asText()).isEqualTo("vietqr.BAD_FIELD");
        assertThat(node.at("/error/message").asText()).contains("unknown bank code 'NOPE'");
    }

    @Test
    void encodeRejectsAZeroAmountInsteadOfAValidDynamicCode() throws Exception {
        assertThat(run("vietqr", "encode", "--json", "--bin", "970403", "--account", "1", "--amount", "0"))
                .isEqualTo(ExitCodes.INVALID);
        JsonNode node = new ObjectMapper().readTree(out.toString());
        assertThat(node.get("valid").asBoolean()).isFalse();
        assertThat(node.at("/error/message").asText()).contains("at least 1 dong");
    }

    @Test
    void encodeSaysWhatItWroteOnStderrOrAsJson(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("fee.png");
        assertThat(run("vietqr", "encode", "--bin", "970403", "--account", "1", "--out", png.toString())).isZero();
        assertThat(err.toString()).contains("wrote " + png + ": PNG");
        out.getBuffer().setLength(0);

        assertThat(run("vietqr", "encode", "--json", "--bin", "970403", "--account", "1", "--out", png.toString())).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("out").asText()).isEqualTo(png.toString());
    }

    @Test
    void encodePrintsJsonWithWarnings() throws Exception {
        assertThat(run("vietqr", "encode", "--json", "--bin", "970403", "--account", "1")).isEqualTo(ExitCodes.OK);
        JsonNode node = new ObjectMapper().readTree(out.toString());
        assertThat(node.get("payload").asText()).startsWith("000201010211");
        assertThat(node.get("warnings").isArray()).isTrue();
    }

    @Test
    void missingSubcommandIsAUsageError() {
        assertThat(run("vietqr")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("vietqr", "encode", "--bin", "970403")).isEqualTo(ExitCodes.USAGE);
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }
}
