package vn.congdanso.payments.momo;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.CoreError;
import vn.congdanso.core.ErrorCode;
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

class MomoClientTest {

    private static final String SECRET = "K951B6PE1waDMi640xX08PD3vg6EkVlz";
    private static final String ACCESS = "F8BBA842ECF85";

    @StartStop
    final MockWebServer server = new MockWebServer();

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private MomoConfig config() {
        return MomoConfig.builder().partnerCode("MOMO").accessKey(Secret.of(ACCESS)).secretKeys(Secret.of(SECRET))
                .baseUrl(server.url("/").toString()).build();
    }

    private MomoClient client(Duration timeout) {
        Transport transport = Transport.builder().callTimeout(timeout).readTimeout(timeout)
                .retryPolicy(new RetryPolicy(3, Duration.ZERO, Duration.ZERO, Duration.ZERO)).sleeper(d -> { }).build();
        return MomoClient.create(config(), transport);
    }

    private static MomoCreateRequest request() {
        return MomoCreateRequest.builder().orderId("MOMO1700000000000").requestId("MOMO1700000000000")
                .amount(Vnd.of(50_000)).orderInfo("pay with MoMo").redirectUrl("https://momo.vn/return")
                .ipnUrl("https://callback.url/notify").build();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void createsAPaymentWithTheSignedBody() throws Exception {
        server.enqueue(json(200, "{\"partnerCode\":\"MOMO\",\"orderId\":\"MOMO1700000000000\",\"resultCode\":0,"
                + "\"message\":\"Thành công.\",\"payUrl\":\"https://test-payment.momo.vn/pay/abc\",\"deeplink\":\"momo://abc\"}"));
        MomoPayment payment = client(Duration.ofSeconds(5)).create(request());
        assertThat(payment.payUrl()).isEqualTo("https://test-payment.momo.vn/pay/abc");
        assertThat(payment.deeplink()).contains("momo://abc");
        assertThat(payment.qrCodeUrl()).isEmpty();
        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getUrl().encodedPath()).isEqualTo("/v2/gateway/api/create");
        JsonNode sent = new ObjectMapper().readTree(recorded.getBody().utf8());
        assertThat(sent.get("signature").asText())
                .isEqualTo("4378bb95714712f6be833da81f743910a01e5ba6279bfe596b8a08e891259424");
        assertThat(sent.get("amount").isNumber()).isTrue();
    }

    @Test
    void mapsResultCodesToTypedErrors() {
        server.enqueue(json(400, "{\"resultCode\":41,\"message\":\"Duplicated orderId\"}"));
        assertThatThrownBy(() -> client(Duration.ofSeconds(5)).create(request()))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(GatewayError.GATEWAY_REJECTED);
                    assertThat(e.remote().orElseThrow().remoteCode()).contains("41");
                });
        server.enqueue(json(200, "{\"resultCode\":99,\"message\":\"Unknown\"}"));
        assertThatThrownBy(() -> client(Duration.ofSeconds(5)).create(request()))
                .isInstanceOf(UnavailableException.class)
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(GatewayError.GATEWAY_UNAVAILABLE);
    }

    @Test
    void reportsMalformedJsonAndTimeouts() {
        server.enqueue(json(200, "<html>"));
        assertCode(() -> client(Duration.ofSeconds(5)).create(request()), CoreError.BAD_RESPONSE);
        server.enqueue(json(200, "{\"resultCode\":\"zero\"}"));
        assertCode(() -> client(Duration.ofSeconds(5)).create(request()), CoreError.BAD_RESPONSE);
        server.enqueue(json(200, "{\"resultCode\":0}").newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
        assertCode(() -> client(Duration.ofMillis(300)).create(request()), CoreError.TIMEOUT);
    }

    @Test
    void neverRetriesCreateButRetriesQueries() throws Exception {
        server.enqueue(json(503, "{}"));
        assertCode(() -> client(Duration.ofSeconds(5)).create(request()), CoreError.REMOTE_UNAVAILABLE);
        assertThat(server.getRequestCount()).isEqualTo(1);

        server.enqueue(json(503, "{}"));
        server.enqueue(json(200, "{\"orderId\":\"HS-1\",\"resultCode\":1000,\"message\":\"Pending\",\"amount\":50000,\"transId\":0}"));
        MomoStatus status = client(Duration.ofSeconds(5)).query("HS-1");
        assertThat(status.resultCode()).isEqualTo(1000);
        assertThat(status.paid()).isFalse();
        assertThat(status.transId()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(3);
        server.takeRequest();
        server.takeRequest();
        JsonNode sent = new ObjectMapper().readTree(server.takeRequest().getBody().utf8());
        String expected = MomoSigner.create(config()).querySignature("HS-1", sent.get("requestId").asText());
        assertThat(sent.get("signature").asText()).isEqualTo(expected);
    }

    @Test
    void mapsQueryProtocolErrors() {
        server.enqueue(json(200, "{\"resultCode\":42,\"message\":\"Invalid orderId\"}"));
        assertCode(() -> client(Duration.ofSeconds(5)).query("HS-404"), GatewayError.GATEWAY_REJECTED);
    }

    @Test
    void reportsAMalformedQueryAnswer() {
        server.enqueue(json(200, "{\"resultCode\":0,\"amount\":\"lots\"}"));
        assertCode(() -> client(Duration.ofSeconds(5)).query("HS-1"), CoreError.BAD_RESPONSE);
    }

    @Test
    void logsNoKey() {
        server.enqueue(json(200, "{\"resultCode\":0,\"payUrl\":\"https://p\"}"));
        client(Duration.ofSeconds(5)).create(request());
        assertThat(logs.text()).contains("/v2/gateway/api/create").doesNotContain(SECRET).doesNotContain(ACCESS);
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOf(CongDanSoException.class)
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(code);
    }
}
