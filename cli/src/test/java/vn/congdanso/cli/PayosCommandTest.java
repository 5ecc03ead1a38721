package vn.congdanso.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.congdanso.core.testing.SharedVectors;

import static org.assertj.core.api.Assertions.assertThat;

class PayosCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void verifiesAWebhook() throws Exception {
        JsonNode vector = SharedVectors.vectors("payos").get(0);
        String[] result = run("payos", "verify-callback", "--checksum-key", vector.get("checksumKey").asText(), "--json",
                vector.get("webhook").toString());
        assertThat(result[0]).isEqualTo("0");
        JsonNode out = JSON.readTree(result[1]);
        assertThat(out.get("valid").asBoolean()).isTrue();
        assertThat(out.get("orderRef").asText()).isEqualTo("123");
        assertThat(out.get("paid").asBoolean()).isTrue();
        assertThat(out.get("amount").asLong()).isEqualTo(3000);
        assertThat(out.get("paid").isBoolean()).isTrue();
    }

    @Test
    void rejectsATamperedWebhook() throws Exception {
        JsonNode vector = SharedVectors.vectors("payos").get(0);
        String body = vector.get("webhook").toString().replace("\"amount\":3000", "\"amount\":30000");
        String[] result = run("payos", "verify-callback", "--checksum-key", vector.get("checksumKey").asText(), "--json", body);
        assertThat(result[0]).isEqualTo("1");
        assertThat(JSON.readTree(result[1]).get("error").get("code").asText()).isEqualTo("payments.BAD_SIGNATURE");
    }

    @Test
    void asksForTheKeyWhenNoneIsGiven() {
        String[] result = run("payos", "verify-callback", "{}");
        assertThat(result[0]).isEqualTo(System.getenv("PAYOS_CHECKSUM_KEY") == null ? "2" : "1");
        assertThat(result[2]).contains("PAYOS_CHECKSUM_KEY");
    }
}
