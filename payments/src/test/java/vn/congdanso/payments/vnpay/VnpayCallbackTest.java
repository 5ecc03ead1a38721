package vn.congdanso.payments.vnpay;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.Secret;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.PaymentEvent;

import static org.assertj.core.api.Assertions.assertThat;

class VnpayCallbackTest {

    private static final String SECRET = "TESTSECRET_NOT_REAL_0123456789AB";

    private static VnpayCallback callback(String responseCode, String transactionStatus) {
        Map<String, String> params = VnpayTestSupport.sampleIpn();
        params.put("vnp_ResponseCode", responseCode);
        params.put("vnp_TransactionStatus", transactionStatus);
        return VnpayVerifier.of(Secret.of(SECRET)).verify(VnpayTestSupport.signed(SECRET, params));
    }

    @Test
    void isPaidOnlyWhenBothCodesAreSuccess() {
        assertThat(callback("00", "00").paid()).isTrue();
        assertThat(callback("99", "00").paid()).isFalse();
        assertThat(callback("00", "02").paid()).isFalse();
    }

    @Test
    void becomesAPaymentEvent() {
        PaymentEvent event = callback("00", "00").toPaymentEvent();
        assertThat(event.gateway()).isEqualTo(Gateway.VNPAY);
        assertThat(event.orderRef()).isEqualTo("HS-0001");
        assertThat(event.transactionId()).isEqualTo("14422574");
        assertThat(event.amount()).isEqualTo(Vnd.of(120_000));
        assertThat(event.status()).isEqualTo(PaymentEvent.Status.PAID);
        assertThat(event.rawFields()).containsEntry("vnp_BankCode", "NCB");
    }

    @Test
    void mapsPendingAndFailedOutcomes() {
        assertThat(callback("00", "01").toPaymentEvent().status()).isEqualTo(PaymentEvent.Status.PENDING);
        assertThat(callback("07", "00").toPaymentEvent().status()).isEqualTo(PaymentEvent.Status.PENDING);
        assertThat(callback("24", "02").toPaymentEvent().status()).isEqualTo(PaymentEvent.Status.FAILED);
    }

    @Test
    void showsNoHashInToString() {
        VnpayCallback callback = callback("00", "00");
        assertThat(callback.toString()).contains("HS-0001").doesNotContain(callback.rawFields().get("vnp_SecureHash"));
    }
}
