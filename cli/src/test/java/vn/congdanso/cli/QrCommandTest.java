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
        assertThat(out.toString()).contains("error correction Q", "UTF-8 with ECI");
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
        assertThat(err.toString()).contains("EMPTY_TEXT");
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

        int code = run("qr", "decode", "--json", first.toString(), broken.toString(), second.toString());

        assertThat(code).isEqualTo(ExitCodes.INVALID);
        JsonNode[] lines = out.toString().lines().map(QrCommandTest::json).toArray(JsonNode[]::new);
        assertThat(lines).hasSize(3);
        assertThat(lines[0].get("file").asText()).isEqualTo(first.toString());
        assertThat(lines[0].get("ok").asBoolean()).isTrue();
        assertThat(lines[0].get("text").asText()).isEqualTo(TEXT);
        assertThat(lines[1].get("ok").asBoolean()).isFalse();
        assertThat(lines[1].get("error").get("code").asText()).isEqualTo("UNREADABLE_IMAGE");
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

        assertThat(run("qr", "decode", file.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo(TEXT);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void reportsMissingFileOnStderrWithExitCodeOne(@TempDir Path dir) {
        int code = run("qr", "decode", dir.resolve("missing.png").toString());

        assertThat(code).isEqualTo(ExitCodes.INVALID);
        assertThat(err.toString()).contains("UNREADABLE_IMAGE");
    }

    private static JsonNode json(String line) {
        try {
            return Output.MAPPER.readTree(line);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
