package vn.congdanso.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.congdanso.core.testing.SharedVectors;

import static org.assertj.core.api.Assertions.assertThat;

class VnpayCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    private static JsonNode vector() {
        return SharedVectors.vectors("vnpay").get(0);
    }

    private static String query(JsonNode vector) {
        StringBuilder query = new StringBuilder();
        vector.get("params").fields().forEachRemaining(e -> query.append(query.length() > 0 ? "&" : "")
                .append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue().asText(), StandardCharsets.UTF_8)));
        return query.toString();
    }

    @Test
    void verifiesAReturnQueryAsJson() throws Exception {
        JsonNode vector = vector();
        String[] result = run("vnpay", "verify-callback", "--secret", vector.get("secret").asText(), "--json", query(vector));
        assertThat(result[0]).isEqualTo("0");
        JsonNode out = JSON.readTree(result[1]);
        assertThat(out.get("valid").asBoolean()).isTrue();
        assertThat(out.get("orderRef").asText()).isEqualTo("1716257871703");
        assertThat(out.get("amount").asLong()).isEqualTo(10_000);
        assertThat(out.get("status").asText()).isEqualTo("PAID");
        assertThat(out.get("paid").asBoolean()).isTrue();
        assertThat(out.get("error").isNull()).isTrue();
    }

    @Test
    void rejectsATamperedUrlWithExitOne() throws Exception {
        JsonNode vector = vector();
        String url = "https://tinh.gov.vn/vnpay/return?" + query(vector).replace("vnp_Amount=1000000", "vnp_Amount=9000000");
        String[] result = run("vnpay", "verify-callback", "--secret", vector.get("secret").asText(), "--json", url);
        assertThat(result[0]).isEqualTo("1");
        JsonNode out = JSON.readTree(result[1]);
        assertThat(out.get("valid").asBoolean()).isFalse();
        assertThat(out.get("paid").asBoolean()).isFalse();
        assertThat(out.get("orderRef").isNull()).isTrue();
        assertThat(out.get("error").get("code").asText()).isEqualTo("payments.BAD_SIGNATURE");
    }

    @Test
    void readsTheSecretFromAFileAndPrintsText(@TempDir Path dir) throws Exception {
        JsonNode vector = vector();
        Path secret = Files.writeString(dir.resolve("secret"), vector.get("secret").asText() + "\n");
        String[] result = run("vnpay", "verify-callback", "--secret", "@" + secret, query(vector));
        assertThat(result[0]).isEqualTo("0");
        assertThat(result[1]).contains("valid VNPAY callback").contains("paid:     true")
                .doesNotContain(vector.get("secret").asText());
    }

    @Test
    void printsASignedPaymentUrlThatVerifies() {
        String[] url = run("vnpay", "pay-url", "--secret", "TESTSECRET_NOT_REAL_0123456789AB", "--tmn", "DEMOV210",
                "--amount", "18060", "--txn-ref", "5", "--order-info", "Thanh toán đơn hàng :5",
                "--return-url", "https://domainmerchant.vn/ReturnUrl", "--ip", "127.0.0.1",
                "--create-date", "20210801153333");
        assertThat(url[0]).isEqualTo("0");
        assertThat(url[1].trim()).contains("vnp_Amount=1806000").contains("vnp_CreateDate=20210801153333")
                .contains("vnp_ExpireDate=20210801154833").contains("vnp_OrderInfo=Thanh+toan+don+hang+%3A5");
        // The signature checks out; only then does the verifier notice a request lacks the answer's codes.
        assertThat(run("vnpay", "verify-callback", "--secret", "TESTSECRET_NOT_REAL_0123456789AB", "--json", url[1].trim())[1])
                .contains("BAD_CALLBACK");
        assertThat(run("vnpay", "verify-callback", "--secret", "ANOTHER_SECRET", "--json", url[1].trim())[1])
                .contains("BAD_SIGNATURE");
    }

    @Test
    void refusesACallbackForAnotherMerchant() throws Exception {
        JsonNode vector = vector();
        String[] result = run("vnpay", "verify-callback", "--secret", vector.get("secret").asText(), "--merchant", "OTHER",
                "--json", "--query", query(vector));
        assertThat(result[0]).isEqualTo("1");
        assertThat(JSON.readTree(result[1]).get("error").get("code").asText()).isEqualTo("payments.MERCHANT_MISMATCH");
    }

    @Test
    void reportsUsageErrors() {
        assertThat(run("vnpay", "pay-url", "--secret", "s", "--tmn", "T", "--amount", "-5", "--txn-ref", "1",
                "--order-info", "x", "--return-url", "https://a.vn", "--ip", "127.0.0.1")[0]).isEqualTo("1");
        assertThat(run("vnpay")[0]).isEqualTo("2");
    }
}
