package vn.congdanso.spring;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.callback.CallbackStore;
import vn.congdanso.payments.callback.Order;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The callback endpoints over real HTTP, with the shared vectors' signed callbacks: each
 * genuine callback settles its order once, a repeat is a duplicate, a forged one is refused
 * with the gateway's own code, a wrong amount is flagged; the meters and the health endpoint
 * show it. Subclasses choose the database.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "congdanso.payments.callbacks.enabled=true",
            "management.endpoints.web.exposure.include=health,env",
            "management.endpoint.health.show-details=always",
            "management.endpoint.env.show-values=always"
        })
abstract class CallbackEndpointsContract {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    CallbackStore store;

    @Autowired
    TestApplication.Settled settled;

    @DynamicPropertySource
    static void gateways(DynamicPropertyRegistry registry) {
        Vectors.properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @Test
    void vnpayIpnSettlesOnceAndAcknowledgesTheRepeatAsDuplicate() throws Exception {
        HttpResponse<String> first = get("/congdanso/callbacks/vnpay?" + Vectors.vnpayQuery());
        HttpResponse<String> again = get("/congdanso/callbacks/vnpay?" + Vectors.vnpayQuery());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"RspCode\":\"00\"");
        assertThat(again.body()).contains("\"RspCode\":\"02\"");
        assertThat(settled.refs()).containsOnlyOnce(Vectors.VNPAY_ORDER);
        assertThat(store.findOrder(Vectors.VNPAY_ORDER)).map(Order::status).contains(PaymentStatus.PAID);
        assertThat(count("vnpay", "applied")).isEqualTo(1);
        assertThat(count("vnpay", "duplicate")).isEqualTo(1);
    }

    @Test
    void vnpayRejectsForgedIpnWithCode97() throws Exception {
        HttpResponse<String> forged = get("/congdanso/callbacks/vnpay?" + Vectors.vnpayForgedQuery());

        assertThat(forged.body()).contains("\"RspCode\":\"97\"");
        assertThat(count("vnpay", "forged")).isEqualTo(1);
        assertThat(meters.get("congdanso.callbacks.verification").tag("gateway", "vnpay").timer().count())
                .isPositive();
    }

    @Test
    void vnpayFlagsAnAmountMismatchAndLeavesTheOrderPending() throws Exception {
        HttpResponse<String> mismatch = get("/congdanso/callbacks/vnpay?" + Vectors.vnpayMismatchQuery());

        assertThat(mismatch.body()).contains("\"RspCode\":\"04\"");
        Order order = store.findOrder(Vectors.VNPAY_MISMATCH_ORDER).orElseThrow();
        assertThat(order.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(order.flagged()).isTrue();
        assertThat(settled.refs()).doesNotContain(Vectors.VNPAY_MISMATCH_ORDER);
        assertThat(count("vnpay", "amount_mismatch")).isEqualTo(1);
    }

    @Test
    void momoIpnSettlesOnceAndRefusesForgeryWith400() throws Exception {
        assertThat(post("/congdanso/callbacks/momo", Vectors.momoBody()).statusCode()).isEqualTo(204);
        assertThat(post("/congdanso/callbacks/momo", Vectors.momoBody()).statusCode()).isEqualTo(204);
        assertThat(post("/congdanso/callbacks/momo", Vectors.momoForgedBody()).statusCode()).isEqualTo(400);

        assertThat(settled.refs()).containsOnlyOnce(Vectors.MOMO_ORDER);
        assertThat(count("momo", "applied")).isEqualTo(1);
        assertThat(count("momo", "duplicate")).isEqualTo(1);
        assertThat(count("momo", "forged")).isEqualTo(1);
    }

    @Test
    void zalopayCallbackSettlesOnceAndRefusesForgeryWithReturnCodeMinus1() throws Exception {
        HttpResponse<String> first = post("/congdanso/callbacks/zalopay", Vectors.zalopayBody());
        HttpResponse<String> again = post("/congdanso/callbacks/zalopay", Vectors.zalopayBody());
        HttpResponse<String> forged = post("/congdanso/callbacks/zalopay", Vectors.zalopayForgedBody());

        assertThat(first.body()).contains("\"return_code\":1");
        assertThat(again.body()).contains("\"return_code\":1");
        assertThat(forged.body()).contains("\"return_code\":-1");
        assertThat(settled.refs()).containsOnlyOnce(Vectors.ZALOPAY_ORDER);
        assertThat(count("zalopay", "applied")).isEqualTo(1);
        assertThat(count("zalopay", "duplicate")).isEqualTo(1);
        assertThat(count("zalopay", "forged")).isEqualTo(1);
    }

    @Test
    void payosWebhookSettlesOnceAndRefusesForgeryWith400() throws Exception {
        HttpResponse<String> first = post("/congdanso/callbacks/payos", Vectors.payosBody());
        HttpResponse<String> again = post("/congdanso/callbacks/payos", Vectors.payosBody());
        HttpResponse<String> forged = post("/congdanso/callbacks/payos", Vectors.payosForgedBody());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"success\":true");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(settled.refs()).containsOnlyOnce(Vectors.PAYOS_ORDER);
        assertThat(count("payos", "applied")).isEqualTo(1);
        assertThat(count("payos", "duplicate")).isEqualTo(1);
        assertThat(count("payos", "forged")).isEqualTo(1);
    }

    @Test
    void oversizedCallbackIsRefusedUnread() throws Exception {
        String oversized = "{\"data\":\"" + "x".repeat(40_000) + "\",\"mac\":\"00\",\"type\":1}";

        HttpResponse<String> refused = post("/congdanso/callbacks/zalopay", oversized);

        assertThat(refused.body()).contains("\"return_code\":-1");
        assertThat(count("zalopay", "rejected")).isEqualTo(1);
    }

    @Test
    void healthReportsTheCallbackStoreUp() throws Exception {
        HttpResponse<String> health = get("/actuator/health/congdansoCallbacks");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"pendingOverdue\"");
    }

    @Test
    void actuatorEnvMasksEverySecretButShowsTheTerminalCode() throws Exception {
        String env = get("/actuator/env").body();

        assertThat(env).contains(Vectors.vnpay().at("/params/vnp_TmnCode").asText());
        assertThat(env).doesNotContain(Vectors.vnpay().get("secret").asText())
                .doesNotContain(Vectors.momo().get("secret").asText())
                .doesNotContain(Vectors.momo().get("accessKey").asText())
                .doesNotContain(Vectors.zalopay().get("key2").asText())
                .doesNotContain(Vectors.payos().get("checksumKey").asText());
    }

    @Test
    void springSecurityStillGuardsEveryOtherPath() throws Exception {
        assertThat(post("/back-office/orders", "{}").statusCode()).isIn(401, 403);
    }

    @Test
    void unknownMethodOnACallbackPathIsNotRouted() throws Exception {
        assertThat(post("/congdanso/callbacks/vnpay", "{}").statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(settled.refs()).doesNotContain("{}");
    }

    private double count(String gateway, String outcome) {
        var counter = meters.find("congdanso.callbacks").tag("gateway", gateway).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
