package vn.congdanso.payments.momo;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.PaymentEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MomoIpnTest {

    private static Map<String, String> fields(String resultCode) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("orderId", "HS-0001");
        fields.put("amount", "50000");
        fields.put("transId", "4084757146");
        fields.put("resultCode", resultCode);
        fields.put("responseTime", "1721014660600");
        return fields;
    }

    @Test
    void becomesAPaymentEventWithItsStatus() {
        PaymentEvent event = MomoIpn.from(fields("0")).toPaymentEvent();
        assertThat(event.gateway()).isEqualTo(Gateway.MOMO);
        assertThat(event.orderRef()).isEqualTo("HS-0001");
        assertThat(event.transactionId()).isEqualTo("4084757146");
        assertThat(event.amount()).isEqualTo(Vnd.of(50_000));
        assertThat(event.status()).isEqualTo(PaymentEvent.Status.PAID);
        assertThat(MomoIpn.from(fields("9000")).toPaymentEvent().status()).isEqualTo(PaymentEvent.Status.PENDING);
        assertThat(MomoIpn.from(fields("1006")).toPaymentEvent().status()).isEqualTo(PaymentEvent.Status.FAILED);
        assertThat(MomoIpn.ACK_HTTP_STATUS).isEqualTo(204);
    }

    @Test
    void rejectsNonNumericSignedNumbers() {
        Map<String, String> fields = fields("0");
        fields.put("amount", "5e4");
        assertThatThrownBy(() -> MomoIpn.from(fields)).extracting(e -> ((CongDanSoException) e).code())
                .isEqualTo(GatewayError.BAD_CALLBACK);
    }
}
