package vn.congdanso.payments.vnpay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.core.Vnd;
import vn.congdanso.http.RetryPolicy;
import vn.congdanso.http.Transport;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.VerifiedCallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VnpayPaymentQueryTest {

    private static final String SECRET = "TESTSECRET_NOT_REAL_0123456789AB";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SIGNED = List.of("vnp_ResponseId", "vnp_Command", "vnp_ResponseCode",
            "vnp_Message", "vnp_TmnCode", "vnp_TxnRef", "vnp_Amount", "vnp_BankCode", "vnp_PayDate",
            "vnp_TransactionNo", "vnp_TransactionType", "vnp_TransactionStatus", "vnp_OrderInfo",
            "vnp_PromotionCode", "vnp_PromotionAmount");
    private static final Instant CREATED = Instant.parse("2026-11-29T02:55:00Z");

    @StartStop
    final MockWebServer server = new MockWebServer();

    private VnpayPaymentQuery query() {
        VnpayConfig config = VnpayConfig.builder().tmnCode("DEMOV210").hashSecrets(Secret.of(SECRET))
                .apiUrl(server.url("/merchant_webapi/api/transaction").toString())
                .clock(Clock.fixed(Instant.parse("2026-11-29T03:30:00Z"), ZoneOffset.UTC)).build();
        Transport transport = Transport.builder().callTimeout(Duration.ofSeconds(5))
                .retryPolicy(new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO)).build();
        return VnpayPaymentQuery.create(VnpayClient.create(config, transport), "10.0.0.1",
                ref -> ref.startsWith("HS-") ? Optional.of(CREATED) : Optional.empty());
    }

    /** A querydr answer signed with {@code secret} the way VNPay documents it. */
    static String answer(String secret, String responseCode, String ref, String amountHundredths,
            String transactionStatus) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vnp_ResponseId", "b6f5a1c2");
        fields.put("vnp_Command", "querydr");
        fields.put("vnp_ResponseCode", responseCode);
        fields.put("vnp_Message", "QueryDR Success");
        fields.put("vnp_TmnCode", "DEMOV210");
        fields.put("vnp_TxnRef", ref);
        fields.put("vnp_Amount", amountHundredths);
        fields.put("vnp_BankCode", "NCB");
        fields.put("vnp_PayDate", "20261129101500");
        fields.put("vnp_TransactionNo", "14422574");
        fields.put("vnp_TransactionType", "01");
        fields.put("vnp_TransactionStatus", transactionStatus);
        fields.put("vnp_OrderInfo", "Le phi ho tich");
        StringJoiner signed = new StringJoiner("|");
        SIGNED.forEach(name -> signed.add(fields.getOrDefault(name, "")));
        ObjectNode json = JSON.createObjectNode();
        fields.forEach(json::put);
        json.put("vnp_SecureHash", VnpayTestSupport.referenceHash(secret, signed.toString()));
        return json.toString();
    }

    @Test
    void turnsASignedPaidAnswerIntoAVerifiedCallback() throws Exception {
        server.enqueue(new MockResponse.Builder().body(answer(SECRET, "00", "HS-0001", "12000000", "00")).build());

        VerifiedCallback paid = query().query("HS-0001").orElseThrow();

        assertThat(paid.gateway()).isEqualTo(Gateway.VNPAY);
        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.orderRef()).isEqualTo("HS-0001");
        assertThat(paid.amount()).isEqualTo(Vnd.of(120_000));
        assertThat(paid.transactionId()).isEqualTo("14422574");
        assertThat(paid.merchant()).isEqualTo("DEMOV210");
        assertThat(paid.signedFields()).containsEntry("vnp_TransactionStatus", "00").doesNotContainKey("vnp_SecureHash");
        assertThat(JSON.readTree(server.takeRequest().getBody().utf8()).get("vnp_TransactionDate").asText())
                .isEqualTo("20261129095500");
    }

    @Test
    void readsTransactionStatus02AsFailedAnd01AsPending() {
        server.enqueue(new MockResponse.Builder().body(answer(SECRET, "00", "HS-0002", "12000000", "02")).build());
        server.enqueue(new MockResponse.Builder().body(answer(SECRET, "00", "HS-0003", "12000000", "01")).build());

        assertThat(query().query("HS-0002").orElseThrow().status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(query().query("HS-0003").orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void rejectsAnAnswerSignedWithAnotherSecret() {
        server.enqueue(new MockResponse.Builder()
                .body(answer("ANOTHER_SECRET_NOT_REAL_000000", "00", "HS-0001", "12000000", "00")).build());

        assertThatThrownBy(() -> query().query("HS-0001")).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(GatewayError.BAD_SIGNATURE));
    }

    @Test
    void answersEmptyWhenVnpayKnowsNoSuchTransaction() {
        server.enqueue(new MockResponse.Builder().body(answer(SECRET, "91", "HS-0009", "0", "")).build());

        assertThat(query().query("HS-0009")).isEmpty();
    }

    @Test
    void asksNothingAboutAnOrderWithoutAPaymentUrl() {
        assertThat(query().query("OTHER-1")).isEmpty();
        assertThat(server.getRequestCount()).isZero();
    }
}
