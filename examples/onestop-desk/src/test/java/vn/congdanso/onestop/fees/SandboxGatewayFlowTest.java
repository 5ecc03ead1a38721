package vn.congdanso.onestop.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.Lifecycle;

import vn.congdanso.onestop.DeskApp;
import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.callback.AuditEntry;
import vn.congdanso.payments.callback.CallbackStore;
import vn.congdanso.payments.callback.PaymentQuery;
import vn.congdanso.payments.callback.ReconcileReport;
import vn.congdanso.payments.callback.Reconciler;
import vn.congdanso.spring.CallbackProcessors;

/** The whole fee flow offline: an order, the built-in sandbox gateway, its callbacks, and the reconciler. */
@ExtendWith(OutputCaptureExtension.class)
class SandboxGatewayFlowTest {

    private final DeskApp desk = DeskApp.shared();

    @Test
    void paysThroughTheSandboxVnpayPageAndEndsPaidOnce() {
        JsonNode created = Orders.create(desk, 20000);
        String ref = created.get("ref").asText();

        String back = act(openVnpay(created.get("vnpayUrl").asText(), ref), "pay");

        assertThat(back).endsWith("/fees/" + ref);
        JsonNode order = Orders.get(desk, ref);
        assertThat(order.get("status").asText()).isEqualTo("PAID");
        assertThat(order.get("paymentCount").asInt()).isEqualTo(1);
        assertThat(order.get("paidAmount").asLong()).isEqualTo(20000);
    }

    @Test
    void countsOnePaymentWhenTheGatewayDeliversTheCallbackTwice() {
        JsonNode created = Orders.create(desk, 20000);
        String ref = created.get("ref").asText();

        act(openVnpay(created.get("vnpayUrl").asText(), ref), "pay-twice");

        assertThat(Orders.get(desk, ref).get("paymentCount").asInt()).isEqualTo(1);
        assertThat(desk.bean(CallbackStore.class).auditTrail(ref)).extracting(AuditEntry::outcome)
                .containsExactly(CallbackOutcome.APPLIED, CallbackOutcome.DUPLICATE);
    }

    @Test
    void failsTheOrderWhenThePayerGivesUp() {
        JsonNode created = Orders.create(desk, 20000);
        String ref = created.get("ref").asText();

        act(openVnpay(created.get("vnpayUrl").asText(), ref), "fail");

        JsonNode order = Orders.get(desk, ref);
        assertThat(order.get("status").asText()).isEqualTo("FAILED");
        assertThat(order.get("paymentCount").asInt()).isZero();
    }

    @Test
    void settlesASilentPaymentWhenTheReconcilerAsksTheSandbox() {
        JsonNode created = Orders.create(desk, 20000);
        String ref = created.get("ref").asText();
        act(openVnpay(created.get("vnpayUrl").asText(), ref), "pay-silent");
        assertThat(Orders.get(desk, ref).get("status").asText()).isEqualTo("PENDING");

        ReconcileReport report = reconcileNow();

        assertThat(report.settled()).isPositive();
        JsonNode order = Orders.get(desk, ref);
        assertThat(order.get("status").asText()).isEqualTo("PAID");
        assertThat(order.get("paymentCount").asInt()).isEqualTo(1);
        assertThat(desk.context().getBean("congdansoReconcileScheduler", Lifecycle.class).isRunning()).isTrue();
    }

    @Test
    void paysWithMomoThroughTheSdkClientAndTheSandbox() {
        String ref = Orders.create(desk, 30000).get("ref").asText();

        String page = redirect(desk.postForm("/fees/" + ref + "/pay/momo", ""));

        assertThat(page).isEqualTo(desk.baseUrl() + "/sandbox-gateway/momo/" + ref);
        act("/sandbox-gateway/momo/" + ref, "pay-twice");
        JsonNode order = Orders.get(desk, ref);
        assertThat(order.get("status").asText()).isEqualTo("PAID");
        assertThat(order.get("paymentCount").asInt()).isEqualTo(1);
    }

    @Test
    void paysWithZalopayAndReconcilesASilentOne() {
        String paid = Orders.create(desk, 40000).get("ref").asText();
        String silent = Orders.create(desk, 40000).get("ref").asText();

        act(URI.create(redirect(desk.postForm("/fees/" + paid + "/pay/zalopay", ""))).getPath(), "pay");
        act(URI.create(redirect(desk.postForm("/fees/" + silent + "/pay/zalopay", ""))).getPath(), "pay-silent");
        reconcileNow();

        assertThat(Orders.get(desk, paid).get("status").asText()).isEqualTo("PAID");
        assertThat(Orders.get(desk, silent).get("status").asText()).isEqualTo("PAID");
        assertThat(Orders.get(desk, silent).get("paymentCount").asInt()).isEqualTo(1);
    }

    @Test
    void refusesATamperedPaymentUrl() {
        JsonNode created = Orders.create(desk, 20000);
        String tampered = created.get("vnpayUrl").asText().replace("vnp_Amount=2000000", "vnp_Amount=200000");

        HttpResponse<String> page = desk.send(HttpRequest.newBuilder(URI.create(tampered)).GET().build());

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("payments.BAD_SIGNATURE", "CỔNG THANH TOÁN THỬ NGHIỆM");
    }

    @Test
    void labelsTheSandboxPageAndGivesItsButtons() {
        JsonNode created = Orders.create(desk, 20000);
        String path = openVnpay(created.get("vnpayUrl").asText(), created.get("ref").asText());

        String page = desk.get(path).body();

        assertThat(page).contains("CỔNG THANH TOÁN THỬ NGHIỆM — SANDBOX, không phải VNPay/MoMo/ZaloPay thật",
                "class=\"sandbox\"", "id=\"sandbox-pay\"", "id=\"sandbox-pay-twice\"", "id=\"sandbox-fail\"",
                "id=\"sandbox-pay-silent\"", "20.000");
    }

    @Test
    void logsNoIdOrPhoneNumberOfTheDescription(CapturedOutput output) {
        String ref = Orders.json(desk.postJson("/api/orders", "{\"procedureCode\":\"1.004222\",\"amount\":20000,"
                + "\"description\":\"NGUYEN VAN A, CCCD 001099012345, SĐT 0912345678\"}").body()).get("ref").asText();

        assertThat(desk.get("/fees/" + ref).body()).contains("0912345678");
        act(URI.create(redirect(desk.postForm("/fees/" + ref + "/pay/momo", ""))).getPath(), "pay");

        assertThat(Orders.get(desk, ref).get("status").asText()).isEqualTo("PAID");
        assertThat(output.getAll()).contains(ref).doesNotContain("001099012345", "0912345678", "NGUYEN VAN A");
    }

    /** Follows the VNPay payment URL to the sandbox's page; returns its path. */
    private String openVnpay(String vnpayUrl, String ref) {
        String page = redirect(desk.send(HttpRequest.newBuilder(URI.create(vnpayUrl)).GET().build()));
        assertThat(page).isEqualTo("/sandbox-gateway/vnpay/" + ref);
        return page;
    }

    /** Presses a button of the sandbox page at {@code pagePath}; returns where the browser is sent back. */
    private String act(String pagePath, String action) {
        assertThat(desk.get(pagePath).statusCode()).isEqualTo(200);
        return redirect(desk.postForm(pagePath + "/" + action, ""));
    }

    private static String redirect(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** One reconciler run over every overdue order, on the desk's store, processors and sandbox queries. */
    private ReconcileReport reconcileNow() {
        CallbackProcessors processors = desk.bean(CallbackProcessors.class);
        Reconciler.Builder reconciler = Reconciler.builder().store(desk.bean(CallbackStore.class))
                .olderThan(Duration.ZERO).batchSize(10_000);
        desk.context().getBeansOfType(PaymentQuery.class).forEach((name, query) -> {
            if (!name.startsWith("congdanso")) {
                reconciler.gateway(processors.processor(query.gateway()).orElseThrow(), query);
            }
        });
        return reconciler.build().runOnce();
    }
}
