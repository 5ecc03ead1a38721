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
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.core.UnavailableException;
import vn.congdanso.core.Vnd;
import vn.congdanso.http.RetryPolicy;
import vn.congdanso.http.Transport;
import vn.congdanso.core.testing.LogCapture;
import vn.congdanso.payments.GatewayError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VnpayClientTest {

    private static final String SECRET = "TESTSECRET_NOT_REAL_0123456789AB";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> QUERY_ANSWER = List.of("vnp_ResponseId", "vnp_Command", "vnp_ResponseCode",
            "vnp_Message", "vnp_TmnCode", "vnp_TxnRef", "vnp_Amount", "vnp_BankCode", "vnp_PayDate",
            "vnp_TransactionNo", "vnp_TransactionType", "vnp_TransactionStatus", "vnp_OrderInfo",
            "vnp_PromotionCode", "vnp_PromotionAmount");

    @StartStop
    final MockWebServer server = new MockWebServer();

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private VnpayClient client(Duration timeout) {
        VnpayConfig config = VnpayConfig.builder().tmnCode("DEMOV210").hashSecrets(Secret.of(SECRET))
                .apiUrl(server.url("/merchant_webapi/api/transaction").toString())
                .clock(Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"), ZoneOffset.UTC)).build();
        Transport transport = Transport.builder().callTimeout(timeout).readTimeout(timeout)
                .retryPolicy(new RetryPolicy(3, Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .sleeper(d -> { }).build();
        return VnpayClient.create(config, transport);
    }

    private static VnpayQueryRequest query() {
        return new VnpayQueryRequest("HS-0001", Instant.parse("2026-11-29T02:55:00Z"), "Kiem tra HS-0001",
                "10.0.0.1", Optional.empty());
    }

    private static VnpayRefundRequest refund() {
        return new VnpayRefundRequest("HS-0001", Vnd.of(120_000), VnpayRefundRequest.Type.FULL, Optional.of("14422574"),
                Instant.parse("2026-11-29T02:55:00Z"), "operator01", "Hoan tien HS-0001", "10.0.0.1");
    }

    private static String answer(String code, String secret, String command) {
        return answer(code, secret, command, "12000000");
    }

    private static String answer(String code, String secret, String command, String amount) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vnp_ResponseId", "b6f5a1c2");
        fields.put("vnp_Command", command);
        fields.put("vnp_ResponseCode", code);
        fields.put("vnp_Message", "QueryDR Success");
        fields.put("vnp_TmnCode", "DEMOV210");
        fields.put("vnp_TxnRef", "HS-0001");
        fields.put("vnp_Amount", amount);
        fields.put("vnp_BankCode", "NCB");
        fields.put("vnp_PayDate", "20261129101500");
        fields.put("vnp_TransactionNo", "14422574");
        fields.put("vnp_TransactionType", "01");
        fields.put("vnp_TransactionStatus", "00");
        fields.put("vnp_OrderInfo", "Le phi ho tich");
        StringJoiner signed = new StringJoiner("|");
        for (String name : command.equals("refund") ? QUERY_ANSWER.subList(0, 13) : QUERY_ANSWER) {
            signed.add(fields.getOrDefault(name, ""));
        }
        ObjectNode json = JSON.createObjectNode();
        fields.forEach(json::put);
        json.put("vnp_SecureHash", VnpayTestSupport.referenceHash(secret, signed.toString()));
        return json.toString();
    }

    @Test
    void queriesAndVerifiesTheAnswer() throws Exception {
        server.enqueue(new MockResponse.Builder().body(answer("00", SECRET, "querydr")).build());
        VnpayTransaction transaction = client(Duration.ofSeconds(5)).query(query());
        assertThat(transaction.paid()).isTrue();
        assertThat(transaction.amount()).isEqualTo(Vnd.of(120_000));
        assertThat(transaction.transactionNo()).contains("14422574");
        assertThat(transaction.payDate()).contains(Instant.parse("2026-11-29T03:15:00Z"));

        RecordedRequest recorded = server.takeRequest();
        JsonNode sent = JSON.readTree(recorded.getBody().utf8());
        assertThat(sent.get("vnp_Command").asText()).isEqualTo("querydr");
        assertThat(sent.get("vnp_CreateDate").asText()).isEqualTo("20261129100000");
        assertThat(sent.get("vnp_TransactionDate").asText()).isEqualTo("20261129095500");
        String signed = String.join("|", sent.get("vnp_RequestId").asText(), "2.1.0", "querydr", "DEMOV210", "HS-0001",
                "20261129095500", "20261129100000", "10.0.0.1", "Kiem tra HS-0001");
        assertThat(sent.get("vnp_SecureHash").asText()).isEqualTo(VnpayTestSupport.referenceHash(SECRET, signed));
    }

    @Test
    void refundsWithThePipeJoinedSignature() throws Exception {
        server.enqueue(new MockResponse.Builder().body(answer("00", SECRET, "refund")).build());
        VnpayTransaction transaction = client(Duration.ofSeconds(5)).refund(refund());
        assertThat(transaction.txnRef()).isEqualTo("HS-0001");
        JsonNode sent = JSON.readTree(server.takeRequest().getBody().utf8());
        String signed = String.join("|", sent.get("vnp_RequestId").asText(), "2.1.0", "refund", "DEMOV210", "02",
                "HS-0001", "12000000", "14422574", "20261129095500", "operator01", "20261129100000", "10.0.0.1",
                "Hoan tien HS-0001");
        assertThat(sent.get("vnp_SecureHash").asText()).isEqualTo(VnpayTestSupport.referenceHash(SECRET, signed));
    }

    @Test
    void rejectsAnAnswerWithAWrongOrMissingSignature() {
        server.enqueue(new MockResponse.Builder().body(answer("00", "ANOTHER_SECRET", "querydr")).build());
        assertCode(() -> client(Duration.ofSeconds(5)).query(query()), GatewayError.BAD_SIGNATURE);
        server.enqueue(new MockResponse.Builder().body("{\"vnp_ResponseCode\":\"00\",\"vnp_TxnRef\":\"HS-0001\"}").build());
        assertCode(() -> client(Duration.ofSeconds(5)).query(query()), GatewayError.MISSING_SIGNATURE);
    }

    @Test
    void mapsGatewayErrorCodes() {
        server.enqueue(new MockResponse.Builder().body(answer("91", SECRET, "querydr")).build());
        assertThatThrownBy(() -> client(Duration.ofSeconds(5)).query(query()))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(GatewayError.GATEWAY_REJECTED);
                    assertThat(e.remote().orElseThrow().remoteCode()).contains("91");
                });
        server.enqueue(new MockResponse.Builder().body("{\"vnp_ResponseCode\":\"99\"}").build());
        assertThatThrownBy(() -> client(Duration.ofSeconds(5)).query(query()))
                .isInstanceOf(UnavailableException.class)
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(GatewayError.GATEWAY_UNAVAILABLE);
    }

    @Test
    void reportsMalformedJsonAndTimeouts() {
        server.enqueue(new MockResponse.Builder().body("{not json").build());
        assertCode(() -> client(Duration.ofSeconds(5)).refund(refund()), CoreError.BAD_RESPONSE);
        server.enqueue(new MockResponse.Builder().body("[1]").build());
        assertCode(() -> client(Duration.ofSeconds(5)).refund(refund()), CoreError.BAD_RESPONSE);
        server.enqueue(new MockResponse.Builder().body(answer("00", SECRET, "refund"))
                .headersDelay(2, TimeUnit.SECONDS).build());
        assertCode(() -> client(Duration.ofMillis(300)).refund(refund()), CoreError.TIMEOUT);
    }

    @Test
    void treatsASignedButMalformedAnswerAsTheRemoteSidesFault() {
        server.enqueue(new MockResponse.Builder().body(answer("00", SECRET, "querydr", "12000050")).build());
        assertThatThrownBy(() -> client(Duration.ofSeconds(5)).query(query()))
                .isInstanceOf(UnavailableException.class)
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(CoreError.BAD_RESPONSE);
        server.enqueue(new MockResponse.Builder().body("{\"vnp_ResponseCode\":1.5}").build());
        assertThatThrownBy(() -> client(Duration.ofSeconds(5)).query(query()))
                .isInstanceOf(UnavailableException.class)
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(CoreError.BAD_RESPONSE);
    }

    @Test
    void retriesQueriesButNeverRefunds() {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(new MockResponse.Builder().body(answer("00", SECRET, "querydr")).build());
        assertThat(client(Duration.ofSeconds(5)).query(query()).paid()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(2);

        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(new MockResponse.Builder().body(answer("00", SECRET, "refund")).build());
        assertCode(() -> client(Duration.ofSeconds(5)).refund(refund()), CoreError.REMOTE_UNAVAILABLE);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void logsNoSecret() {
        server.enqueue(new MockResponse.Builder().body(answer("00", SECRET, "querydr")).build());
        client(Duration.ofSeconds(5)).query(query());
        assertThat(logs.text()).contains("merchant_webapi").doesNotContain(SECRET);
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
            vn.congdanso.core.ErrorCode code) {
        assertThatThrownBy(call).isInstanceOf(CongDanSoException.class)
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(code);
    }
}
