package vn.congdanso.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.congdanso.core.testing.SharedVectors;

import static org.assertj.core.api.Assertions.assertThat;

class MomoCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    private static JsonNode vector() {
        for (JsonNode vector : SharedVectors.vectors("momo")) {
            if (vector.get("kind").asText().equals("ipn")) {
                return vector;
            }
        }
        throw new AssertionError("no MoMo IPN vector");
    }

    @Test
    void verifiesAnIpnBodyFromAFile(@TempDir Path dir) throws Exception {
        JsonNode vector = vector();
        Path body = Files.writeString(dir.resolve("ipn.json"), vector.get("ipn").toString());
        String[] result = run("momo", "verify-callback", "--secret", vector.get("secret").asText(),
                "--access-key", vector.get("accessKey").asText(), "--json", "@" + body);
        assertThat(result[0]).isEqualTo("0");
        JsonNode out = JSON.readTree(result[1]);
        assertThat(out.get("valid").asBoolean()).isTrue();
        assertThat(out.get("orderRef").asText()).isEqualTo("MOMO1721014629740");
        assertThat(out.get("amount").asLong()).isEqualTo(50_000);
        assertThat(out.get("status").asText()).isEqualTo("PAID");
        assertThat(out.get("paid").asBoolean()).isTrue();
    }

    @Test
    void rejectsATamperedBody() throws Exception {
        JsonNode vector = vector();
        String body = vector.get("ipn").toString().replace("50000", "5000");
        String[] result = run("momo", "verify-callback", "--secret", vector.get("secret").asText(),
                "--access-key", vector.get("accessKey").asText(), "--json", body);
        assertThat(result[0]).isEqualTo("1");
        assertThat(JSON.readTree(result[1]).get("error").get("code").asText()).isEqualTo("payments.BAD_SIGNATURE");
        String[] text = run("momo", "verify-callback", "--secret", vector.get("secret").asText(),
                "--access-key", vector.get("accessKey").asText(), body);
        assertThat(text[2]).contains("payments.BAD_SIGNATURE").doesNotContain(vector.get("secret").asText());
    }
}
