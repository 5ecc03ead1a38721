package vn.congdanso.payments;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.Vnd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentEventTest {

    @Test
    void freezesItsFieldsAndSaysWhetherItIsPaid() {
        Map<String, String> fields = new HashMap<>(Map.of("vnp_TxnRef", "HS-0001"));
        PaymentEvent event = new PaymentEvent(Gateway.VNPAY, "HS-0001", "1", Vnd.of(1000), PaymentEvent.Status.PAID, fields);
        fields.put("vnp_Amount", "0");
        assertThat(event.rawFields()).containsOnlyKeys("vnp_TxnRef");
        assertThatThrownBy(() -> event.rawFields().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(event.paid()).isTrue();
        assertThat(new PaymentEvent(Gateway.MOMO, "o", "", Vnd.ZERO, PaymentEvent.Status.PENDING, Map.of()).paid()).isFalse();
    }

    @Test
    void failsFastOnNulls() {
        assertThatThrownBy(() -> new PaymentEvent(null, "o", "", Vnd.ZERO, PaymentEvent.Status.PAID, Map.of()))
                .hasMessage("gateway == null");
    }
}
