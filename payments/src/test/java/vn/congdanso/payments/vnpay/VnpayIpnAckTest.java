package vn.congdanso.payments.vnpay;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.congdanso.core.RejectedException;
import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.GatewayError;

import static org.assertj.core.api.Assertions.assertThat;

class VnpayIpnAckTest {

    @Test
    void writesTheDocumentedBodies() throws Exception {
        assertThat(VnpayIpnAck.CONFIRM_SUCCESS.body()).isEqualTo("{\"RspCode\":\"00\",\"Message\":\"Confirm Success\"}");
        assertThat(VnpayIpnAck.ORDER_NOT_FOUND.rspCode()).isEqualTo("01");
        assertThat(VnpayIpnAck.ORDER_ALREADY_CONFIRMED.rspCode()).isEqualTo("02");
        assertThat(VnpayIpnAck.BAD_AMOUNT.rspCode()).isEqualTo("04");
        assertThat(VnpayIpnAck.INVALID_SIGNATURE.body()).isEqualTo("{\"RspCode\":\"97\",\"Message\":\"Invalid signature\"}");
        assertThat(VnpayIpnAck.UNKNOWN_ERROR.rspCode()).isEqualTo("99");
        for (VnpayIpnAck ack : VnpayIpnAck.values()) {
            assertThat(new ObjectMapper().readTree(ack.body()).get("Message").asText()).isEqualTo(ack.message());
        }
    }

    @Test
    void answersEveryOutcomeWithItsRspCode() {
        assertThat(VnpayIpnAck.of(CallbackOutcome.APPLIED)).isEqualTo(VnpayIpnAck.CONFIRM_SUCCESS);
        assertThat(VnpayIpnAck.of(CallbackOutcome.DUPLICATE)).isEqualTo(VnpayIpnAck.ORDER_ALREADY_CONFIRMED);
        assertThat(VnpayIpnAck.of(CallbackOutcome.UNKNOWN_ORDER)).isEqualTo(VnpayIpnAck.ORDER_NOT_FOUND);
        assertThat(VnpayIpnAck.of(CallbackOutcome.AMOUNT_MISMATCH)).isEqualTo(VnpayIpnAck.BAD_AMOUNT);
        assertThat(VnpayIpnAck.of(CallbackOutcome.BAD_SIGNATURE)).isEqualTo(VnpayIpnAck.INVALID_SIGNATURE);
        assertThat(VnpayIpnAck.of(CallbackOutcome.REJECTED)).isEqualTo(VnpayIpnAck.UNKNOWN_ERROR);
        assertThat(VnpayIpnAck.of(CallbackOutcome.RETRY)).isEqualTo(VnpayIpnAck.UNKNOWN_ERROR);
    }

    @Test
    void answers97ForSignatureFailuresAnd99Otherwise() {
        assertThat(VnpayIpnAck.of(CallbackOutcome.forFailure(new RejectedException(GatewayError.BAD_SIGNATURE, "x"))))
                .isEqualTo(VnpayIpnAck.INVALID_SIGNATURE);
        assertThat(VnpayIpnAck.of(CallbackOutcome.forFailure(new RejectedException(GatewayError.MISSING_SIGNATURE, "x"))))
                .isEqualTo(VnpayIpnAck.INVALID_SIGNATURE);
        assertThat(VnpayIpnAck.of(CallbackOutcome.forFailure(new RejectedException(GatewayError.BAD_CALLBACK, "x"))))
                .isEqualTo(VnpayIpnAck.UNKNOWN_ERROR);
    }
}
