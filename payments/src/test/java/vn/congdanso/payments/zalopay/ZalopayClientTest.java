package vn.congdanso.payments.zalopay;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
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

class ZalopayClientTest {

    private static final String KEY1 = "PcY4iZIKFCIdgZvA6ueMcMHHUbRLYjPL";

    @StartStop
    final MockWebServer server = new MockWebServer();

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private ZalopayClient client(Duration timeout) {
        ZalopayConfig config = ZalopayConfig.builder().appId("2553").key1(Secret.of(KEY1))
                .key2s(Secret.of("kLtgPl8HHhfvMuDHPwKfgfsY4Ydm9eIz")).baseUrl(server.url("/").toString()).build();
        Transport transport = Transport.builder().callTimeout(timeout).readTimeout(timeout)
                .retryPolicy(new RetryPolicy(3, Duration.ZERO, Duration.ZERO, Duration.ZERO)).sleeper(d -> { }).build();
        return ZalopayClient.create(config, transport);
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    private static ZalopayOrderRequest order() {
        return ZalopayOrderRequest.of("HS0001", "citizen42", Vnd.of(10_000), "Lệ phí HS0001");
    }

    @Test
    void createsAnOrderAsASignedForm() throws Exception {
        server.enqueue(json(200, "{\"return_code\":1,\"return_message\":\"Giao dịch thành công\","
                + "\"order_url\":\"https://qcgateway.zalopay.vn/openinapp?order=abc\",\"zp_trans_token\":\"AC1\"}"));
        ZalopayOrderResult result = client(Duration.ofSeconds(5)).create(order());
        assertThat(result.orderUrl()).startsWith("https://qcgateway.zalopay.vn/");
        assertThat(result.appTransId()).matches("[0-9]{6}_HS0001");
        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getUrl().encodedPath()).isEqualTo("/v2/create");
        HttpUrl form = HttpUrl.get("http://x/?" + recorded.getBody().utf8());
        String signed = String.join("|", "2553", form.queryParameter("app_trans_id"), "citizen42", "10000",
                form.queryParameter("app_time"), "{}", "[]");
        assertThat(form.queryParameter("mac")).isEqualTo(ZalopayTestSupport.hmac(KEY1, signed));
        assertThat(form.queryParameter("description")).isEqualTo("Lệ phí HS0001");
    }

    @Test
    void mapsRefusalsToTypedErrors() {
        server.enqueue(json(200, "{\"return_code\":2,\"return_message\":\"Giao dịch thất bại\",\"sub_return_code\":-402}"));
        assertThatThrownBy(() -> client(Duration.ofSeconds(5)).create(order()))
                .isInstanceOfSatisfying(CongDanSoException.class, e -> {
                    assertThat(e.code()).isEqualTo(GatewayError.GATEWAY_REJECTED);
                    assertThat(e.remote().orElseThrow().remoteCode()).contains("-402");
                });
    }

    @Test
    void queriesWithRetriesAndReportsStatus() throws Exception {
        server.enqueue(json(500, "oops"));
        server.enqueue(json(200, "{\"return_code\":3,\"return_message\":\"Giao dịch chưa thanh toán\","
                + "\"sub_return_code\":-49,\"is_processing\":true,\"amount\":10000,\"zp_trans_id\":0}"));
        ZalopayStatus status = client(Duration.ofSeconds(5)).query("261130_HS0001");
        assertThat(status.pending()).isTrue();
        assertThat(status.paid()).isFalse();
        assertThat(status.zpTransId()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(2);
        server.takeRequest();
        HttpUrl form = HttpUrl.get("http://x/?" + server.takeRequest().getBody().utf8());
        assertThat(form.queryParameter("mac")).isEqualTo(ZalopayTestSupport.hmac(KEY1, "2553|261130_HS0001|" + KEY1));
    }

    @Test
    void reportsMalformedJsonAndTimeoutsAndNeverRetriesCreate() {
        server.enqueue(json(200, "{\"return_code\":"));
        assertCode(() -> client(Duration.ofSeconds(5)).create(order()), CoreError.BAD_RESPONSE);
        server.enqueue(json(503, "{}"));
        int before = server.getRequestCount();
        assertCode(() -> client(Duration.ofSeconds(5)).create(order()), CoreError.REMOTE_UNAVAILABLE);
        assertThat(server.getRequestCount() - before).isEqualTo(1);
        server.enqueue(json(200, "{}").newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
        assertCode(() -> client(Duration.ofMillis(300)).query("261130_HS0001"), CoreError.TIMEOUT);
    }

    @Test
    void logsNoKey() {
        server.enqueue(json(200, "{\"return_code\":1,\"order_url\":\"https://z\",\"zp_trans_token\":\"t\"}"));
        client(Duration.ofSeconds(5)).create(order());
        server.enqueue(json(200, "{\"return_code\":1,\"amount\":10000,\"zp_trans_id\":1}"));
        client(Duration.ofSeconds(5)).query("261130_HS0001");
        assertThat(logs.text()).contains("/v2/query").doesNotContain(KEY1);
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOf(CongDanSoException.class)
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(code);
    }
}
