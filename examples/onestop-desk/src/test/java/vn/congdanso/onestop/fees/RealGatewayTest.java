package vn.congdanso.onestop.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import vn.congdanso.onestop.DeskApp;
import vn.congdanso.onestop.fees.sandbox.SandboxClients;

/** A desk with (fictional) real VNPay credentials: no sandbox gateway, VNPay only, on VNPay's own hosts. */
class RealGatewayTest {

    private static final String TMN_CODE = "FAKETMN1";
    private static final String SECRET = "FAKEHASHSECRETFAKEHASHSECRET0123";
    /** The starter reconciles VNPay by querydr only with the merchant server's address configured. */
    private static final String SERVER_IP = "--congdanso.payments.vnpay.server-ip=127.0.0.1";

    @Test
    void registersNoSandboxGatewayAndOffersOnlyVnpayOnItsSandboxHost() {
        try (DeskApp desk = DeskApp.start("--congdanso.payments.vnpay.tmn-code=" + TMN_CODE,
                "--congdanso.payments.vnpay.hash-secret[0]=" + SECRET, SERVER_IP)) {
            JsonNode created = Orders.create(desk, 20000);
            String ref = created.get("ref").asText();

            assertThat(created.get("vnpayUrl").asText()).startsWith("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html?")
                    .contains("vnp_TmnCode=" + TMN_CODE, "vnp_TxnRef=" + ref,
                            "vnp_ReturnUrl=" + URLEncoder.encode(desk.baseUrl() + "/fees/" + ref, StandardCharsets.UTF_8));
            assertThat(desk.get("/sandbox-gateway/vnpay/" + ref).statusCode()).isEqualTo(404);
            assertThat(desk.get(SandboxClients.VNPAY_PAYMENT_PATH + "?vnp_TxnRef=" + ref).statusCode()).isEqualTo(404);
            assertThat(desk.postJson(SandboxClients.VNPAY_API_PATH, "{}").statusCode()).isEqualTo(404);
            assertThat(desk.postJson("/v2/gateway/api/create", "{}").statusCode()).isEqualTo(404);
            assertThat(desk.postForm("/v2/create", "app_id=2553").statusCode()).isEqualTo(404);
            assertThat(desk.context().containsBean("sandboxVnpayQuery")).isFalse();
            assertThat(desk.context().getBeanNamesForType(SandboxClients.class)).isEmpty();

            String page = desk.get("/fees/" + ref).body();
            assertThat(page).contains("id=\"pay-vnpay\"", "https://sandbox.vnpayment.vn/")
                    .doesNotContain("id=\"pay-momo\"", "id=\"pay-zalopay\"", "class=\"sandbox\"");
            HttpResponse<String> momo = desk.postForm("/fees/" + ref + "/pay/momo", "");
            assertThat(momo.statusCode()).isEqualTo(404);
            assertThat(momo.body()).contains("fees.GATEWAY_NOT_OFFERED");
        }
    }

    @Test
    void sendsPayersToVnpaysProductionHostWhenTheHashSecretIsSetDirectly() {
        try (DeskApp desk = DeskApp.start("--congdanso.payments.vnpay.tmn-code=" + TMN_CODE,
                "--congdanso.payments.vnpay.hash-secret=" + SECRET, "--congdanso.payments.vnpay.environment=production", SERVER_IP)) {
            assertThat(Orders.create(desk, 20000).get("vnpayUrl").asText()).startsWith("https://pay.vnpay.vn/vpcpay.html?");
            assertThat(desk.get("/sandbox-gateway/vnpay/261129_NOSUCHORDR").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void refusesToStartNamingTheMissingCredential() {
        java.nio.file.Path data = DeskApp.newDataDir();
        String jdbcUrl = DeskApp.jdbcUrlFor(data);
        assertThatThrownBy(() -> DeskApp.start(data, jdbcUrl, "--congdanso.payments.vnpay.hash-secret=" + SECRET).close())
                .hasStackTraceContaining("VNPAY_TMN_CODE (congdanso.payments.vnpay.tmn-code) is missing");
    }

    @Test
    void takesTheIssuesVariablesAloneAndAppliesIpnsSignedWithThem() {
        try (DeskApp desk = DeskApp.start("--VNPAY_TMN_CODE=" + TMN_CODE, "--VNPAY_HASH_SECRET=" + SECRET)) {
            assertThat(desk.context().containsBean("congdansoReconcileScheduler")).isFalse();
            JsonNode created = Orders.create(desk, 20000);
            String ref = created.get("ref").asText();
            SandboxKeys keys = SandboxKeys.vnpay(TMN_CODE, SECRET);

            assertThat(desk.get(keys.paidIpn(ref, vn.congdanso.core.Vnd.of(20000), "14000042")).body()).contains("\"RspCode\":\"00\"");
            assertThat(desk.get(keys.forgedIpn(ref, vn.congdanso.core.Vnd.of(20000), "14000043")).body()).contains("\"RspCode\":\"97\"");
            assertThat(Orders.get(desk, ref).get("status").asText()).isEqualTo("PAID");
        }
    }

    @Test
    void reconcilesVnpayOnceTheServerAddressIsGiven() {
        try (DeskApp desk = DeskApp.start("--VNPAY_TMN_CODE=" + TMN_CODE, "--VNPAY_HASH_SECRET=" + SECRET,
                "--VNPAY_SERVER_IP=127.0.0.1")) {
            assertThat(desk.context().containsBean("congdansoReconcileScheduler")).isTrue();
        }
    }
}
