package vn.congdanso.onestop.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congdanso.onestop.DeskApp;

/** 200 concurrent VNPay IPNs for the same 50 orders, duplicates included, against the running desk. */
class FeeLoadTest {

    @Test
    void settlesEveryOrderOnceUnder200ConcurrentDeliveries() throws Exception {
        try (DeskApp desk = DeskApp.start()) {
            IpnLoad load = IpnLoad.prepare(desk.baseUrl(), SandboxKeys.of(desk.dataDir()), 50, 4,
                    amount -> Orders.create(desk, amount).get("ref").asText());

            load.deliverConcurrently(desk.http());
            assertThat(load.failures()).as("deliveries without an answer").isZero();
            assertThat(load.otherAnswers()).as("answers other than 200 with 00 or 02").isEmpty();
            assertThat(load.settledAcks()).as("deliveries acknowledged with 00 or 02").isEqualTo(200);
            load.redeliverUntilAcknowledged(desk.http());

            List<String> notPaidOnce = new ArrayList<>();
            for (String ref : load.refs()) {
                var order = Orders.get(desk, ref);
                if (!"PAID".equals(order.get("status").asText()) || order.get("paymentCount").asInt() != 1) {
                    notPaidOnce.add(ref + " " + order);
                }
            }
            assertThat(notPaidOnce).isEmpty();
            assertThat(load.appliedAcks()).allSatisfy((ref, count) -> assertThat(count).as(ref).isEqualTo(1));
        }
    }
}
