package vn.congdanso.onestop.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import vn.congdanso.onestop.DeskApp;
import vn.congdanso.payments.vietqr.VietQr;

class FeeApiTest {

    private final DeskApp desk = DeskApp.shared();

    @Test
    void createsAPendingOrderWithItsVietQrAndVnpayUrl() {
        HttpResponse<String> created = desk.postJson("/api/orders",
                "{\"procedureCode\":\"1.004222\",\"amount\":20000,\"description\":\"Lệ phí đăng ký thường trú\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode order = Orders.json(created.body());
        String ref = order.get("ref").asText();
        assertThat(ref).matches("[0-9]{6}_[0-9A-Z]{10}");
        assertThat(created.headers().firstValue("Location")).hasValue(desk.baseUrl() + "/api/orders/" + ref);
        assertThat(order.get("amount").asLong()).isEqualTo(20000);
        assertThat(order.get("status").asText()).isEqualTo("PENDING");
        VietQr qr = VietQr.parse(order.get("vietqr").asText());
        assertThat(qr.amount()).hasValueSatisfying(amount -> assertThat(amount.dong()).isEqualTo(20000));
        assertThat(qr.purpose()).hasValue(ref);
        assertThat(order.get("vnpayUrl").asText())
                .startsWith(desk.baseUrl() + "/sandbox-gateway/vnpay/vpcpay.html?")
                .contains("vnp_TxnRef=" + ref, "vnp_Amount=2000000", "vnp_SecureHash=");
    }

    @Test
    void givesAnOrderWithItsPaymentState() {
        String ref = Orders.create(desk, 15000).get("ref").asText();

        JsonNode order = Orders.get(desk, ref);

        assertThat(order.get("ref").asText()).isEqualTo(ref);
        assertThat(order.get("status").asText()).isEqualTo("PENDING");
        assertThat(order.get("amount").asLong()).isEqualTo(15000);
        assertThat(order.get("paidAmount").asLong()).isZero();
        assertThat(order.get("paymentCount").asInt()).isZero();
    }

    @Test
    void listsOrdersNewestFirstAndBounded() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(Orders.create(desk, 10000 + i).get("ref").asText());
        }

        JsonNode list = Orders.json(desk.get("/api/orders?limit=3").body());

        assertThat(list.isArray()).isTrue();
        List<String> listed = new ArrayList<>();
        list.forEach(order -> listed.add(order.get("ref").asText()));
        assertThat(listed).containsExactly(made.get(2), made.get(1), made.get(0));
        assertThat(list.get(0).has("paymentCount")).isTrue();
    }

    @Test
    void takesTheDossierCodeAsTheVietQrPurpose() {
        HttpResponse<String> created = desk.postJson("/api/orders",
                "{\"procedureCode\":\"1.004222\",\"amount\":20000,\"dossierCode\":\"H15.50.05.13-261008-0975\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(VietQr.parse(Orders.json(created.body()).get("vietqr").asText()).purpose())
                .hasValue("H15.50.05.13-261008-0975");
    }

    @Test
    void rejectsBadInputNamingTheSdkCode() {
        assertError(desk.postJson("/api/orders", "{\"amount\":20000}"), 400, "procedure.BAD_PROCEDURE_CODE");
        assertError(desk.postJson("/api/orders", "{\"procedureCode\":\"1-004222\",\"amount\":20000}"), 400,
                "procedure.BAD_PROCEDURE_CODE");
        assertError(desk.postJson("/api/orders", "{\"procedureCode\":\"9.999999\",\"amount\":20000}"), 400,
                "procedure.UNKNOWN_PROCEDURE");
        assertError(desk.postJson("/api/orders", "{\"procedureCode\":\"1.004222\"}"), 400, "core.BAD_AMOUNT");
        assertError(desk.postJson("/api/orders", "{\"procedureCode\":\"1.004222\",\"amount\":0}"), 400, "core.BAD_AMOUNT");
        assertError(desk.postJson("/api/orders", "{\"procedureCode\":\"1.004222\",\"amount\":-5}"), 400, "core.BAD_AMOUNT");
        assertError(desk.postJson("/api/orders", "{\"procedureCode\":\"1.004222\",\"amount\":12.5}"), 400, "core.BAD_AMOUNT");
        assertError(desk.postJson("/api/orders", "{\"procedureCode\":\"1.004222\",\"amount\":\"20000\"}"), 400,
                "core.BAD_AMOUNT");
        assertError(desk.postJson("/api/orders", "{\"procedureCode\":\"1.004222\",\"amount\":900000000}"), 400,
                "core.BAD_AMOUNT");
        assertError(desk.postJson("/api/orders", "{\"procedureCode\":\"1.004222\",\"amount\":1000,\"dossierCode\":\"nope\"}"),
                400, "procedure.BAD_DOSSIER_CODE");
        assertError(desk.postJson("/api/orders", "{\"procedureCode\":\"1.004222\",\"amount\":1000,\"description\":\""
                + "x".repeat(256) + "\"}"), 400, "core.BAD_ARGUMENT");
        assertError(desk.postJson("/api/orders", "not json"), 400, "core.BAD_ARGUMENT");
        assertError(desk.postJson("/api/orders", "[1,2]"), 400, "core.BAD_ARGUMENT");
        assertError(desk.get("/api/orders?limit=many"), 400, "core.BAD_ARGUMENT");
    }

    @Test
    void answers404ForAnUnknownOrder() {
        assertError(desk.get("/api/orders/261129_NOSUCHORDR"), 404, "fees.UNKNOWN_ORDER");
    }

    @Test
    void refusesABodyOver64KibWith413() {
        String padded = "{\"procedureCode\":\"1.004222\",\"amount\":20000,\"description\":\"" + "x".repeat(70_000) + "\"}";

        assertError(desk.postJson("/api/orders", padded), 413, "desk.BODY_TOO_LARGE");
        assertError(desk.postJson("/v2/gateway/api/create", padded), 413, "desk.BODY_TOO_LARGE");
        assertError(desk.postJson("/v2/gateway/api/query", padded), 413, "desk.BODY_TOO_LARGE");
        assertError(desk.postJson(vn.congdanso.onestop.fees.sandbox.SandboxClients.VNPAY_API_PATH, padded), 413,
                "desk.BODY_TOO_LARGE");
    }

    @Test
    void flagsAnOrderPaidTwiceAndShowsTheWarning() {
        String ref = Orders.create(desk, 20000).get("ref").asText();
        assertThat(Orders.get(desk, ref).get("flagged").asBoolean()).isFalse();
        assertThat(desk.get("/fees/" + ref).body()).doesNotContain("id=\"order-flagged\"");
        SandboxKeys keys = SandboxKeys.of(desk.dataDir());

        desk.get(keys.paidIpn(ref, vn.congdanso.core.Vnd.of(20000), "16000001"));
        desk.get(keys.paidIpn(ref, vn.congdanso.core.Vnd.of(20000), "16000002"));

        JsonNode order = Orders.get(desk, ref);
        assertThat(order.get("flagged").isBoolean()).isTrue();
        assertThat(order.get("flagged").asBoolean()).isTrue();
        assertThat(order.get("paymentCount").asInt()).isEqualTo(1);
        assertThat(desk.get("/fees/" + ref).body()).contains("id=\"order-flagged\"");
    }

    private static void assertError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode error = Orders.json(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
    }
}
