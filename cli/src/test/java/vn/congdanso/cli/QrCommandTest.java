package vn.congdanso.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congdanso.qr.QrDecoder;

import static org.assertj.core.api.Assertions.assertThat;

class QrCommandTest {

    private static final String TEXT = "Tra cứu thủ tục 1.001612 tại Bộ phận Một cửa";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void encodesPngThatDecodesBack(@TempDir Path dir) {
        Path png = dir.resolve("desk.png");

        int code = run("qr", "encode", "--text", TEXT, "--ecc", "q", "--out", png.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("wrote " + png + ": PNG", "error correction Q", "UTF-8 with ECI");
        assertThat(QrDecoder.standard().decode(png).text()).isEqualTo(TEXT);
    }

    @Test
    void encodesSvgChosenByFlagOrExtension(@TempDir Path dir) throws Exception {
        Path byFlag = dir.resolve("code.img");
        Path byExtension = dir.resolve("code.svg");

        assertThat(run("qr", "encode", "--text", "1.001612", "--format", "svg", "--out", byFlag.toString())).isZero();
        assertThat(run("qr", "encode", "--json", "--text", "1.001612", "--out", byExtension.toString())).isZero();

        assertThat(Files.readString(byFlag)).contains("<svg", "crispEdges");
        assertThat(Files.readString(byExtension)).contains("<svg");
        JsonNode json = Output.MAPPER.readTree(out.toString().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(json.get("format").asText()).isEqualTo("svg");
        assertThat(json.get("eci").asBoolean()).isFalse();
    }

    @Test
    void rejectsEmptyTextWithExitCodeOne(@TempDir Path dir) {
        int code = run("qr", "encode", "--text", "", "--out", dir.resolve("x.png").toString());

        assertThat(code).isEqualTo(ExitCodes.INVALID);
        assertThat(err.toString()).contains("qr.EMPTY_TEXT");
    }

    @Test
    void decodesFilesInOrderAsJson(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("a.png");
        Path broken = dir.resolve("b.png");
        Path second = dir.resolve("c.svg.png");
        run("qr", "encode", "--text", TEXT, "--out", first.toString());
        Files.writeString(broken, "not an image", StandardCharsets.UTF_8);
        run("qr", "encode", "--text", "1.001612", "--out", second.toString());
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);

        int code = run("qr", "decode", "--json", first.toString(), broken.toString(), second.toString());

        assertThat(code).isEqualTo(ExitCodes.INVALID);
        JsonNode[] lines = out.toString().lines().map(QrCommandTest::json).toArray(JsonNode[]::new);
        assertThat(lines).hasSize(3);
        assertThat(lines[0].get("file").asText()).isEqualTo(first.toString());
        assertThat(lines[0].get("valid").asBoolean()).isTrue();
        assertThat(lines[0].get("error").isNull()).isTrue();
        assertThat(lines[0].get("text").asText()).isEqualTo(TEXT);
        assertThat(lines[1].get("valid").asBoolean()).isFalse();
        assertThat(lines[1].get("file").asText()).isEqualTo(broken.toString());
        assertThat(lines[1].get("error").get("code").asText()).isEqualTo("qr.UNREADABLE_IMAGE");
        assertThat(lines[1].get("error").get("message").asText()).isNotBlank();
        assertThat(lines[2].get("text").asText()).isEqualTo("1.001612");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void decodesManyFilesAsTextWithProgress(@TempDir Path dir) {
        Path first = dir.resolve("a.png");
        Path second = dir.resolve("b.png");
        run("qr", "encode", "--text", "HS-0001", "--out", first.toString());
        run("qr", "encode", "--text", "HS-0002", "--out", second.toString());
        out.getBuffer().setLength(0);

        int code = run("qr", "decode", first.toString(), second.toString());

        assertThat(code).isZero();
        assertThat(out.toString().lines()).containsExactly(first + ": HS-0001", second + ": HS-0002");
        assertThat(err.toString()).contains("[1/2] " + first, "[2/2] " + second);
    }

    @Test
    void printsOnlyTheTextForOneFile(@TempDir Path dir) {
        Path file = dir.resolve("a.png");
        run("qr", "encode", "--text", TEXT, "--out", file.toString());
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);

        assertThat(run("qr", "decode", file.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo(TEXT);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void reportsAMissingFileAsALocalErrorNamedOnce(@TempDir Path dir) {
        Path missing = dir.resolve("missing.png");

        int code = run("qr", "decode", missing.toString());

        assertThat(code).isEqualTo(ExitCodes.LOCAL);
        assertThat(err.toString().strip())
                .isEqualTo(missing + ": error cli.BAD_INPUT_FILE: cannot read " + missing + ": no such file or directory");
    }

    @Test
    void exitsWithTheWorstFileOutcome(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.png");
        Files.writeString(broken, "not an image", StandardCharsets.UTF_8);

        int code = run("qr", "decode", "--json", broken.toString(), dir.resolve("missing.png").toString());

        assertThat(code).isEqualTo(ExitCodes.LOCAL);
        assertThat(out.toString().lines().map(QrCommandTest::json).map(line -> line.at("/error/code").asText()))
                .containsExactly("qr.UNREADABLE_IMAGE", "cli.BAD_INPUT_FILE");
    }

    @Test
    void infersTheFormatFromTheExtensionAndRefusesOtherImageFormats(@TempDir Path dir) throws Exception {
        Path jpeg = dir.resolve("a.jpg");

        int code = run("qr", "encode", "--text", "1.001612", "--out", jpeg.toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("error cli.USAGE: cannot write .jpg files");
        assertThat(jpeg).doesNotExist();
    }

    @Test
    void refusesAFormatThatContradictsTheExtension(@TempDir Path dir) {
        Path png = dir.resolve("a.png");

        int code = run("qr", "encode", "--json", "--text", "1.001612", "--format", "svg", "--out", png.toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        JsonNode result = json(out.toString().strip());
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.at("/error/code").asText()).isEqualTo("cli.USAGE");
        assertThat(result.at("/error/message").asText()).contains("--format svg does not match");
        assertThat(png).doesNotExist();
    }

    @Test
    void refusesANameWithoutFormatUnlessFormatIsGiven(@TempDir Path dir) {
        assertThat(run("qr", "encode", "--text", "1.001612", "--out", dir.resolve("code").toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run("qr", "encode", "--text", "1.001612", "--format", "png", "--out", dir.resolve("code").toString()))
                .isZero();
    }

    @Test
    void reportsAnUnwritableOutputAsALocalErrorWithoutJavaNames(@TempDir Path dir) {
        Path out = dir.resolve("no-such-dir").resolve("a.png");

        int code = run("qr", "encode", "--text", "1.001612", "--out", out.toString());

        assertThat(code).isEqualTo(ExitCodes.LOCAL);
        assertThat(err.toString()).contains("error cli.BAD_OUTPUT_FILE: cannot write " + out + ": ")
                .doesNotContain("Exception");
    }

    @Test
    void reportsTheWrittenFileAsAJsonField(@TempDir Path dir) {
        Path png = dir.resolve("a.png");

        assertThat(run("qr", "encode", "--json", "--text", "1.001612", "--out", png.toString())).isZero();

        JsonNode result = json(out.toString().strip());
        assertThat(result.get("out").asText()).isEqualTo(png.toString());
        assertThat(result.get("format").asText()).isEqualTo("png");
        assertThat(err.toString()).isEmpty();
    }

    private static JsonNode json(String line) {
        try {
            return Output.MAPPER.readTree(line);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
