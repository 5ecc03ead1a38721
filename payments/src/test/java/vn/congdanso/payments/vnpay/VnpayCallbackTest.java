package vn.congdanso.payments.vnpay;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.Secret;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.MerchantKeys;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.VerifiedCallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gateway-neutral shape of verified VNPay calls: status, merchant check, amount, acknowledgement. */
class VnpayCallbackTest {

    private static final String SECRET = "TESTSECRET_NOT_REAL_0123456789AB";
    private static final VnpayVerifier VERIFIER = VnpayVerifier.of("DEMOV210", Secret.of(SECRET));

    private static RawCallback call(Map<String, String> params) {
        return RawCallback.get(VnpayTestSupport.query(VnpayTestSupport.signed(SECRET, params)));
    }

    private static VerifiedCallback callback(String responseCode, String transactionStatus) {
        Map<String, String> params = VnpayTestSupport.sampleIpn();
        params.put("vnp_ResponseCode", responseCode);
        params.put("vnp_TransactionStatus", transactionStatus);
        return VERIFIER.verify(call(params));
    }

    @Test
    void isPaidOnlyWhenBothCodesAreSuccess() {
        assertThat(callback("00", "00").paid()).isTrue();
        assertThat(callback("99", "00").paid()).isFalse();
        assertThat(callback("00", "02").paid()).isFalse();
    }

    @Test
    void carriesTheGatewayNeutralFields() {
        VerifiedCallback callback = callback("00", "00");
        assertThat(callback.gateway()).isEqualTo(Gateway.VNPAY);
        assertThat(callback.orderRef()).isEqualTo("HS-0001");
        assertThat(callback.transactionId()).isEqualTo("14422574");
        assertThat(callback.amount()).isEqualTo(Vnd.of(120_000));
        assertThat(callback.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(callback.signedFields()).containsEntry("vnp_BankCode", "NCB");
    }

    @Test
    void mapsPendingAndFailedOutcomes() {
        assertThat(callback("00", "01").status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(callback("07", "00").status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(callback("24", "02").status()).isEqualTo(PaymentStatus.FAILED);
    }

    @Test
    void showsNoHashNorBankDetailsInToString() {
        VerifiedCallback callback = callback("00", "00");
        assertThat(callback.toString()).contains("HS-0001").doesNotContain("NCB", "VNP14422574", "Le phi");
    }

    @Test
    void rejectsASignedZeroAmount() {
        Map<String, String> params = VnpayTestSupport.sampleIpn();
        params.put("vnp_Amount", "0");
        assertCode(() -> VERIFIER.verify(call(params)), GatewayError.BAD_AMOUNT);
    }

    @Test
    void rejectsATerminalThatIsNotOurs() {
        Map<String, String> params = VnpayTestSupport.sampleIpn();
        params.put("vnp_TmnCode", "OTHERTMN");
        assertCode(() -> VERIFIER.verify(call(params)), GatewayError.MERCHANT_MISMATCH);
        params.remove("vnp_TmnCode");
        assertCode(() -> VERIFIER.verify(call(params)), GatewayError.BAD_CALLBACK);
    }

    @Test
    void servesSeveralTerminalsFromOneKeySource() {
        MerchantKeys keys = tmn -> switch (tmn) {
            case "DEMOV210" -> List.of(Secret.of(SECRET));
            case "SECOND01" -> List.of(Secret.of("SECOND_SECRET_NOT_REAL"));
            default -> List.of();
        };
        VnpayVerifier verifier = VnpayVerifier.create(keys);
        Map<String, String> second = VnpayTestSupport.sampleIpn();
        second.put("vnp_TmnCode", "SECOND01");
        RawCallback signedBySecond = RawCallback.get(VnpayTestSupport.query(
                VnpayTestSupport.signed("SECOND_SECRET_NOT_REAL", second)));
        assertThat(verifier.verify(signedBySecond).merchant()).isEqualTo("SECOND01");
        assertThat(verifier.verify(call(VnpayTestSupport.sampleIpn())).merchant()).isEqualTo("DEMOV210");
        RawCallback crossSigned = RawCallback.get(VnpayTestSupport.query(VnpayTestSupport.signed(SECRET, second)));
        assertCode(() -> verifier.verify(crossSigned), GatewayError.BAD_SIGNATURE);
    }

    @Test
    void rejectsAPost() {
        RawCallback post = RawCallback.postJson("{}");
        assertCode(() -> VERIFIER.verify(post), GatewayError.BAD_CALLBACK);
    }

    @Test
    void acknowledgesEveryOutcomeWithVnpayRspCodes() {
        assertThat(VERIFIER.acknowledge(CallbackOutcome.APPLIED).body()).contains("\"RspCode\":\"00\"");
        assertThat(VERIFIER.acknowledge(CallbackOutcome.UNKNOWN_ORDER).body()).contains("\"RspCode\":\"01\"");
        assertThat(VERIFIER.acknowledge(CallbackOutcome.DUPLICATE).body()).contains("\"RspCode\":\"02\"");
        assertThat(VERIFIER.acknowledge(CallbackOutcome.AMOUNT_MISMATCH).body()).contains("\"RspCode\":\"04\"");
        assertThat(VERIFIER.acknowledge(CallbackOutcome.BAD_SIGNATURE).body()).contains("\"RspCode\":\"97\"");
        assertThat(VERIFIER.acknowledge(CallbackOutcome.REJECTED).body()).contains("\"RspCode\":\"99\"");
        assertThat(VERIFIER.acknowledge(CallbackOutcome.RETRY).body()).contains("\"RspCode\":\"99\"");
        assertThat(VERIFIER.acknowledge(CallbackOutcome.APPLIED).status()).isEqualTo(200);
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, GatewayError code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CongDanSoException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
