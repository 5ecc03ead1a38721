package vn.congdanso.payments.payos;

import java.time.Duration;
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
import vn.congdanso.core.ErrorCode;
import vn.congdanso.core.Secret;
import vn.congdanso.core.Vnd;
import vn.congdanso.http.RetryPolicy;
import vn.congdanso.http.Transport;
import vn.congdanso.core.testing.LogCapture;
import vn.congdanso.payments.GatewayError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayosClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @StartStop
    final MockWebServer server = new MockWebServer();

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private PayosClient client(Duration timeout) {
        PayosConfig config = PayosConfig.builder().clientId("client-1").apiKey(Secret.of("API_KEY_NOT_REAL"))
                .checksumKeys(Secret.of(PayosSignerTest.KEY)).baseUrl(server.url("/").toString()).build();
        Transport transport = Transport.builder().callTimeout(timeout).readTimeout(timeout)
                .retryPolicy(new RetryPolicy(3, Duration.ZERO, Duration.ZERO, Duration.ZERO)).sleeper(d -> { }).build();
        return PayosClient.create(config, transport);
    }

    private static PayosPaymentLinkRequest request() {
        return PayosPaymentLinkRequest.of(123, Vnd.of(3000), "HS0001", "https://tinh.gov.vn/ok", "https://tinh.gov.vn/cancel");
    }

    private static String answer(String key) throws Exception {
        ObjectNode data = JSON.createObjectNode().put("bin", "970422").put("accountNumber", "113366668888")
                .put("accountName", "UBND TINH").put("amount", 3000).put("description", "HS0001").put("orderCode", 123)
                .put("currency", "VND").put("paymentLinkId", "124c33293c43417ab7879e14c8d9eb18").put("status", "PENDING")
                .put("checkoutUrl", "https://pay.payos.vn/web/124c").put("qrCode", "00020101021238570010A000000727");
        ObjectNode answer = JSON.createObjectNode().put("code", "00").put("desc", "success");
        answer.set("data", data);
        answer.put("signature", PayosVerifierTest.hmac(key, PayosData.canonical(data)));
        return answer.toString();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void createsALinkAndVerifiesTheAnswer() throws Exception {
        server.enqueue(json(200, answer(PayosSignerTest.KEY)));
        PayosPaymentLink link = client(Duration.ofSeconds(5)).createPaymentLink(request());
        assertThat(link.checkoutUrl()).isEqualTo("https://pay.payos.vn/web/124c");
        assertThat(link.amount()).isEqualTo(Vnd.of(3000));
        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getHeaders().get("x-client-id")).isEqualTo("client-1");
        JsonNode sent = JSON.readTree(recorded.getBody().utf8());
        assertThat(sent.get("signature").asText()).isEqualTo(PayosSigner.create(PayosSignerTest.config()).paymentLinkSignature(request()));
    }

    @Test
    void rejectsAnAnswerWithAWrongSignature() throws Exception {
        server.enqueue(json(200, answer("ANOTHER_KEY")));
        assertCode(() -> client(Duration.ofSeconds(5)).createPaymentLink(request()), GatewayError.BAD_SIGNATURE);
    }

    @Test
    void mapsErrorCodesMalformedJsonAndTimeouts() {
        server.enqueue(json(200, "{\"code\":\"231\",\"desc\":\"Đơn thanh toán đã tồn tại\",\"data\":null}"));
        assertCode(() -> client(Duration.ofSeconds(5)).createPaymentLink(request()), GatewayError.GATEWAY_REJECTED);
        server.enqueue(json(200, "{\"code\":"));
        assertCode(() -> client(Duration.ofSeconds(5)).createPaymentLink(request()), CoreError.BAD_RESPONSE);
        server.enqueue(json(503, "{}"));
        assertCode(() -> client(Duration.ofSeconds(5)).createPaymentLink(request()), CoreError.REMOTE_UNAVAILABLE);
        assertThat(server.getRequestCount()).isEqualTo(3);
        server.enqueue(json(200, "{}").newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
        assertCode(() -> client(Duration.ofMillis(300)).createPaymentLink(request()), CoreError.TIMEOUT);
    }

    @Test
    void logsNoKey() throws Exception {
        server.enqueue(json(200, answer(PayosSignerTest.KEY)));
        client(Duration.ofSeconds(5)).createPaymentLink(request());
        assertThat(logs.text()).contains("/v2/payment-requests").doesNotContain(PayosSignerTest.KEY)
                .doesNotContain("API_KEY_NOT_REAL");
    }

    private static String info(String key, String status, boolean signed) throws Exception {
        ObjectNode data = JSON.createObjectNode().put("id", "124c33293c43417ab7879e14c8d9eb18").put("orderCode", 123)
                .put("amount", 3000).put("amountPaid", "PAID".equals(status) ? 3000 : 0)
                .put("amountRemaining", "PAID".equals(status) ? 0 : 3000).put("status", status)
                .put("createdAt", "2026-12-01T10:00:00+07:00");
        data.set("transactions", JSON.createArrayNode());
        if ("CANCELLED".equals(status)) {
            data.put("cancellationReason", "Khach huy");
        } else {
            data.putNull("cancellationReason");
        }
        ObjectNode answer = JSON.createObjectNode().put("code", "00").put("desc", "success");
        answer.set("data", data);
        if (signed) {
            answer.put("signature", PayosVerifierTest.hmac(key, PayosData.canonical(data)));
        }
        return answer.toString();
    }

    @Test
    void getsTheStateOfALink() throws Exception {
        server.enqueue(json(200, info(PayosSignerTest.KEY, "PAID", true)));
        PayosPaymentInfo info = client(Duration.ofSeconds(5)).get("123");
        assertThat(info.paid()).isTrue();
        assertThat(info.amountPaid()).isEqualTo(Vnd.of(3000));
        assertThat(info.amountRemaining()).isEqualTo(Vnd.ZERO);
        assertThat(info.cancellationReason()).isEmpty();
        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getMethod()).isEqualTo("GET");
        assertThat(recorded.getUrl().encodedPath()).isEqualTo("/v2/payment-requests/123");
        assertThat(recorded.getHeaders().get("x-api-key")).isEqualTo("API_KEY_NOT_REAL");
    }

    @Test
    void cancelsALinkGivingTheReason() throws Exception {
        server.enqueue(json(200, info(PayosSignerTest.KEY, "CANCELLED", false)));
        PayosPaymentInfo info = client(Duration.ofSeconds(5)).cancel("124c33293c43417ab7879e14c8d9eb18", "Khach huy");
        assertThat(info.status()).isEqualTo("CANCELLED");
        assertThat(info.cancellationReason()).contains("Khach huy");
        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getMethod()).isEqualTo("POST");
        assertThat(recorded.getUrl().encodedPath()).isEqualTo("/v2/payment-requests/124c33293c43417ab7879e14c8d9eb18/cancel");
        assertThat(JSON.readTree(recorded.getBody().utf8()).get("cancellationReason").asText()).isEqualTo("Khach huy");
    }

    @Test
    void verifiesASignedGetAnswerAndRefusesUnsafeIds() throws Exception {
        server.enqueue(json(200, info("ANOTHER_KEY", "PENDING", true)));
        assertCode(() -> client(Duration.ofSeconds(5)).get("123"), GatewayError.BAD_SIGNATURE);
        server.enqueue(json(200, "{\"code\":\"00\",\"desc\":\"success\",\"data\":{\"id\":\"x\"}}"));
        assertCode(() -> client(Duration.ofSeconds(5)).get("123"), CoreError.BAD_RESPONSE);
        server.enqueue(json(200, "{\"code\":\"101\",\"desc\":\"Không tìm thấy\",\"data\":null}"));
        assertCode(() -> client(Duration.ofSeconds(5)).get("123"), GatewayError.GATEWAY_REJECTED);
        int sent = server.getRequestCount();
        assertCode(() -> client(Duration.ofSeconds(5)).get("../admin"), GatewayError.BAD_REQUEST);
        assertCode(() -> client(Duration.ofSeconds(5)).cancel("1?x=2", ""), GatewayError.BAD_REQUEST);
        assertThat(server.getRequestCount()).isEqualTo(sent);
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOf(CongDanSoException.class)
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(code);
    }
}
