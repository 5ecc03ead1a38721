package vn.congdanso.payments.payos;

import java.time.Duration;

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

class PayosPaymentQueryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @StartStop
    final MockWebServer server = new MockWebServer();

    private PayosPaymentQuery query() {
        PayosConfig config = PayosConfig.builder().clientId("client-1").apiKey(Secret.of("API_KEY_NOT_REAL"))
                .checksumKeys(Secret.of(PayosSignerTest.KEY)).baseUrl(server.url("/").toString()).build();
        Transport transport = Transport.builder().callTimeout(Duration.ofSeconds(5))
                .retryPolicy(new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO)).build();
        return PayosPaymentQuery.create(PayosClient.create(config, transport));
    }

    /** A get-payment-link answer for order 123, signed with {@code key} when it is not null. */
    private void answer(String status, String key) throws Exception {
        boolean paid = "PAID".equals(status);
        ObjectNode data = JSON.createObjectNode().put("id", "124c33293c43417ab7879e14c8d9eb18").put("orderCode", 123)
                .put("amount", 3000).put("amountPaid", paid ? 3000 : 0).put("amountRemaining", paid ? 0 : 3000)
                .put("status", status).put("createdAt", "2026-12-01T10:00:00+07:00");
        data.putArray("transactions").addObject().put("reference", "TF230204212323").put("amount", paid ? 3000 : 0)
                .put("accountNumber", "12345678").put("description", "VQRIO123");
        data.putNull("cancellationReason");
        ObjectNode answer = JSON.createObjectNode().put("code", "00").put("desc", "success");
        answer.set("data", data);
        if (key != null) {
            answer.put("signature", PayosVerifierTest.hmac(key, PayosData.canonical(data)));
        }
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body(answer.toString()).build());
    }

    @Test
    void turnsASignedPaidLinkIntoAVerifiedCallbackWithTheWebhooksTransactionId() throws Exception {
        answer("PAID", PayosSignerTest.KEY);

        VerifiedCallback paid = query().query("123").orElseThrow();

        assertThat(paid.gateway()).isEqualTo(Gateway.PAYOS);
        assertThat(paid.merchant()).isEqualTo("client-1");
        assertThat(paid.orderRef()).isEqualTo("123");
        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.amount()).isEqualTo(Vnd.of(3000));
        assertThat(paid.transactionId()).isEqualTo("TF230204212323");
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/payment-requests/123");
    }

    @Test
    void readsACancelledLinkAsFailedAndAPendingOneAsPending() throws Exception {
        answer("CANCELLED", PayosSignerTest.KEY);
        answer("PENDING", PayosSignerTest.KEY);

        assertThat(query().query("123").orElseThrow().status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(query().query("123").orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void refusesAnUnsignedOrForgedAnswer() throws Exception {
        answer("PAID", null);
        answer("PAID", "0".repeat(64));

        assertThatThrownBy(() -> query().query("123")).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(GatewayError.MISSING_SIGNATURE));
        assertThatThrownBy(() -> query().query("123")).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(GatewayError.BAD_SIGNATURE));
    }

    @Test
    void asksNothingAboutAReferenceThatIsNoOrderCode() {
        assertThat(query().query("HS-0001")).isEmpty();
        assertThat(server.getRequestCount()).isZero();
    }
}
