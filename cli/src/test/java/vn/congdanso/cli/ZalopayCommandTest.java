package vn.congdanso.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.congdanso.core.testing.SharedVectors;

import static org.assertj.core.api.Assertions.assertThat;

class ZalopayCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void verifiesACallback() throws Exception {
        JsonNode vector = SharedVectors.vectors("zalopay").get(0);
        String[] result = run("zalopay", "verify-callback", "--key2", vector.get("key2").asText(), "--json",
                vector.get("callback").toString());
        assertThat(result[0]).isEqualTo("0");
        JsonNode out = JSON.readTree(result[1]);
        assertThat(out.get("valid").asBoolean()).isTrue();
        assertThat(out.get("orderRef").asText()).isEqualTo("200904_2553_1598435687208");
        assertThat(out.get("amount").asLong()).isEqualTo(10_000);
        assertThat(out.get("status").asText()).isEqualTo("PAID");
        assertThat(out.get("paid").asBoolean()).isTrue();
    }

    @Test
    void rejectsAWrongKey2() throws Exception {
        JsonNode vector = SharedVectors.vectors("zalopay").get(0);
        String[] result = run("zalopay", "verify-callback", "--key2", "WRONG_KEY_NOT_REAL", "--json",
                vector.get("callback").toString());
        assertThat(result[0]).isEqualTo("1");
        assertThat(JSON.readTree(result[1]).get("error").get("code").asText()).isEqualTo("payments.BAD_SIGNATURE");
    }

    @Test
    void printsAQueryMac() {
        String[] result = run("zalopay", "query-mac", "--key1", "PcY4iZIKFCIdgZvA6ueMcMHHUbRLYjPL", "--app-id", "2553",
                "261130_HS0001");
        assertThat(result[0]).isEqualTo("0");
        assertThat(result[1].trim()).matches("[0-9a-f]{64}");
    }
}
