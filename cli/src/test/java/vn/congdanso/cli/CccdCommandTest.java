package vn.congdanso.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.congdanso.qr.QrEncoder;
import vn.congdanso.qr.QrImage;

import static org.assertj.core.api.Assertions.assertThat;

class CccdCommandTest {

    private static final String QR =
            "025055000123|987654321|LE VAN C|20071955|Nam|So 3, Thon D, Xa E, Huyen F, Phu Tho|15042021";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void namesAMissingAtFileOnceAsALocalError(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("nofile.txt");

        int code = run("cccd", "parse", "--json", "@" + missing);

        assertThat(code).isEqualTo(ExitCodes.LOCAL);
        JsonNode error = new ObjectMapper().readTree(out.toString()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("cli.BAD_INPUT_FILE");
        assertThat(error.get("message").asText()).isEqualTo("cannot read " + missing + ": no such file or directory");
    }

    @Test
    void scanOfAMissingPhotoIsALocalError(@TempDir Path dir) {
        int code = run("cccd", "scan", dir.resolve("card.jpg").toString());

        assertThat(code).isEqualTo(ExitCodes.LOCAL);
        assertThat(err.toString()).contains("error cli.BAD_INPUT_FILE: cannot read ").doesNotContain("qr.");
    }

    @Test
    void printsTheCardAsJson() throws Exception {
        int code = run("cccd", "parse", "--json", QR + "|");

        assertThat(code).isEqualTo(ExitCodes.OK);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("idNumber").asText()).isEqualTo("025055000123");
        assertThat(json.get("oldIdNumber").asText()).isEqualTo("987654321");
        assertThat(json.get("fullName").asText()).isEqualTo("LE VAN C");
        assertThat(json.get("birthDate").asText()).isEqualTo("1955-07-20");
        assertThat(json.get("sex").asText()).isEqualTo("M");
        assertThat(json.get("address").asText()).isEqualTo("So 3, Thon D, Xa E, Huyen F, Phu Tho");
        assertThat(json.get("issueDate").asText()).isEqualTo("2021-04-15");
        assertThat(json.get("provinceCode").asText()).isEqualTo("025");
        assertThat(json.get("provinceName").asText()).isEqualTo("Phú Thọ");
        assertThat(json.get("warnings")).isEmpty();
    }

    @Test
    void printsAbsentFieldsAsNullAndWarnings() throws Exception {
        int code = run("cccd", "parse", "--json", "003055000123||LE THI D|20071955|Nam|So 3|15042021");

        assertThat(code).isEqualTo(ExitCodes.OK);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("oldIdNumber").isNull()).isTrue();
        assertThat(json.get("provinceName").isNull()).isTrue();
        assertThat(json.get("warnings").toString()).isEqualTo("[\"UNKNOWN_PROVINCE\"]");
    }

    @Test
    void printsTheCardAsText() {
        int code = run("cccd", "parse", QR);

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("valid card QR", "025055000123", "Phú Thọ", "Warnings:    none");
    }

    @Test
    void exitsOneWithTheErrorCodeWhenInvalid() throws Exception {
        int code = run("cccd", "parse", "--json", QR.replace("20071955", "30021955"));

        assertThat(code).isEqualTo(ExitCodes.INVALID);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("error").get("code").asText()).isEqualTo("card.BAD_DATE");
        assertThat(json.get("error").get("offset").asInt()).isEqualTo(QR.indexOf("20071955"));
    }

    @Test
    void reportsTheErrorOnStderrInTextMode() {
        int code = run("cccd", "parse", "001");

        assertThat(code).isEqualTo(ExitCodes.INVALID);
        assertThat(err.toString()).contains("card.BAD_FIELD_COUNT");
    }

    @Test
    void scansTheCardQrFromAPhoto(@TempDir Path dir) throws Exception {
        Path photo = dir.resolve("card.png");
        Files.write(photo, QrImage.png(QrEncoder.standard().encode(
                "025055000123|987654321|LÊ VĂN C|20071955|Nam|Số 3, Thôn D, Xã E, Phú Thọ|15042021|")));

        int code = run("cccd", "scan", "--json", photo.toString());

        assertThat(code).isEqualTo(ExitCodes.OK);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("idNumber").asText()).isEqualTo("025055000123");
        assertThat(json.get("fullName").asText()).isEqualTo("LÊ VĂN C");
    }

    @Test
    void scanOfAPhotoWithoutACardQrIsInvalid(@TempDir Path dir) throws Exception {
        Path photo = dir.resolve("poster.png");
        Files.write(photo, QrImage.png(QrEncoder.standard().encode("https://dichvucong.gov.vn/")));

        int code = run("cccd", "scan", "--json", photo.toString());

        assertThat(code).isEqualTo(ExitCodes.INVALID);
        assertThat(new ObjectMapper().readTree(out.toString()).get("error").get("code").asText())
                .isEqualTo("card.BAD_FIELD_COUNT");
    }
}
