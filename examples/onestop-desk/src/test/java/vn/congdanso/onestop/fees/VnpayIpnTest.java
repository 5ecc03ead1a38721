package vn.congdanso.onestop.fees;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.Vnd;
import vn.congdanso.onestop.DeskApp;

/** VNPay's IPN at {@code /ipn/vnpay}, answered with VNPay's JSON acknowledgement for each outcome. */
class VnpayIpnTest {

    private static final Vnd AMOUNT = Vnd.of(20000);

    private final DeskApp desk = DeskApp.shared();
    private final SandboxKeys keys = SandboxKeys.of(desk.dataDir());

    @Test
    void appliesAPaymentWith00ThenAnswersItsRedelivery02() {
        String ref = Orders.create(desk, AMOUNT.dong()).get("ref").asText();

        assertThat(rspCode(keys.paidIpn(ref, AMOUNT, "14000001"))).isEqualTo("00");
        assertThat(rspCode(keys.paidIpn(ref, AMOUNT, "14000001"))).isEqualTo("02");

        JsonNode order = Orders.get(desk, ref);
        assertThat(order.get("status").asText()).isEqualTo("PAID");
        assertThat(order.get("paymentCount").asInt()).isEqualTo(1);
        assertThat(order.get("paidAmount").asLong()).isEqualTo(AMOUNT.dong());
    }

    @Test
    void answers01ForAnUnknownOrder() {
        assertThat(rspCode(keys.paidIpn("261129_NOSUCHORDR", AMOUNT, "14000002"))).isEqualTo("01");
    }

    @Test
    void answers04ForAnotherAmountAndLeavesTheOrderPending() {
        String ref = Orders.create(desk, AMOUNT.dong()).get("ref").asText();

        assertThat(rspCode(keys.paidIpn(ref, Vnd.of(2000), "14000003"))).isEqualTo("04");

        assertThat(Orders.get(desk, ref).get("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void answers97ForAForgedSignatureAndLeavesTheOrderPending() {
        String ref = Orders.create(desk, AMOUNT.dong()).get("ref").asText();

        assertThat(rspCode(keys.forgedIpn(ref, AMOUNT, "14000004"))).isEqualTo("97");

        assertThat(Orders.get(desk, ref).get("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void answers99ForASecondPaymentOfAPaidOrderWithoutCountingIt() {
        String ref = Orders.create(desk, AMOUNT.dong()).get("ref").asText();
        assertThat(rspCode(keys.paidIpn(ref, AMOUNT, "14000005"))).isEqualTo("00");

        assertThat(rspCode(keys.paidIpn(ref, AMOUNT, "14000006"))).isEqualTo("99");

        assertThat(Orders.get(desk, ref).get("paymentCount").asInt()).isEqualTo(1);
    }

    @Test
    void answers99ForASignedButMalformedIpn() {
        String ref = Orders.create(desk, AMOUNT.dong()).get("ref").asText();

        assertThat(rspCode(keys.ipnWithoutResponseCode(ref, AMOUNT, "14000007"))).isEqualTo("99");
    }

    @Test
    void failsTheOrderOnACancelledPayment() {
        String ref = Orders.create(desk, AMOUNT.dong()).get("ref").asText();

        assertThat(rspCode(keys.ipn(ref, AMOUNT, "0", "24", "02"))).isEqualTo("00");

        JsonNode order = Orders.get(desk, ref);
        assertThat(order.get("status").asText()).isEqualTo("FAILED");
        assertThat(order.get("paymentCount").asInt()).isZero();
    }

    private String rspCode(String ipn) {
        var response = desk.get(ipn);
        assertThat(response.statusCode()).isEqualTo(200);
        return Orders.json(response.body()).get("RspCode").asText();
    }
}
