package vn.congdanso.payments.callback;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import vn.congdanso.core.Vnd;
import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.RawCallback;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random delivery streams (genuine, duplicated, forged, wrong amount, failed, second payment)
 * over three orders: the pipeline's invariants hold whatever the order of arrival.
 */
class PipelineProperties {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final long AMOUNT = 50_000;
    private static final List<String> REFS = List.of("P-1", "P-2", "P-3");

    /** One delivery: which order, and what kind of callback. */
    record Delivery(int order, Kind kind) {
    }

    enum Kind { PAID, PAID_AGAIN_OTHER_TXN, FAILED, FORGED, WRONG_AMOUNT }

    @Property(tries = 300)
    void eachOrderSettlesOnceToItsFirstGenuineAnswer(@ForAll("streams") List<Delivery> stream) {
        InMemoryCallbackStore store = new InMemoryCallbackStore();
        REFS.forEach(ref -> store.createOrder(ref, Vnd.of(AMOUNT), Optional.empty(), NOW));
        Map<String, Integer> handled = new HashMap<>();
        Map<String, PaymentStatus> expected = new HashMap<>();
        CallbackProcessor processor = CallbackProcessor.builder().verifier(new TestGateway()).store(store)
                .handler(transition -> handled.merge(transition.order().ref(), 1, Integer::sum))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

        for (Delivery delivery : stream) {
            String ref = REFS.get(delivery.order());
            CallbackOutcome outcome = processor.process(callback(ref, delivery.kind())).outcome();
            if (outcome == CallbackOutcome.APPLIED) {
                assertThat(expected).doesNotContainKey(ref);
                expected.put(ref, delivery.kind() == Kind.FAILED ? PaymentStatus.FAILED : PaymentStatus.PAID);
            }
            if (delivery.kind() == Kind.FORGED) {
                assertThat(outcome).isEqualTo(CallbackOutcome.BAD_SIGNATURE);
            }
            if (delivery.kind() == Kind.WRONG_AMOUNT) {
                assertThat(outcome).isEqualTo(CallbackOutcome.AMOUNT_MISMATCH);
            }
        }

        for (String ref : REFS) {
            Order order = store.findOrder(ref).orElseThrow();
            assertThat(order.status()).isEqualTo(expected.getOrDefault(ref, PaymentStatus.PENDING));
            assertThat(handled.getOrDefault(ref, 0)).isEqualTo(expected.containsKey(ref) ? 1 : 0);
        }
        assertThat(store.auditCount()).isEqualTo(stream.size());
    }

    @Property(tries = 300)
    void arbitraryRequestsChangeNothing(@ForAll @Size(max = 400) byte[] body, @ForAll("queries") String query) {
        InMemoryCallbackStore store = new InMemoryCallbackStore();
        store.createOrder("P-1", Vnd.of(AMOUNT), Optional.empty(), NOW);
        CallbackProcessor processor = CallbackProcessor.builder().verifier(new TestGateway()).store(store)
                .handler(transition -> {
                    throw new AssertionError("no transition expected");
                }).build();

        CallbackOutcome outcome = processor.process(RawCallback.of("POST", query, body, Map.of())).outcome();

        assertThat(outcome).isIn(CallbackOutcome.BAD_SIGNATURE, CallbackOutcome.REJECTED);
        assertThat(store.findOrder("P-1").orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(store.auditCount()).isEqualTo(1);
    }

    @Provide
    Arbitrary<List<Delivery>> streams() {
        return Combinators.combine(Arbitraries.integers().between(0, REFS.size() - 1),
                Arbitraries.of(Kind.class)).as(Delivery::new).list().ofMaxSize(25);
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> noise = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(200);
        Arbitrary<String> almost = Arbitraries.of("vnp_TxnRef=P-1&vnp_Amount=5000000&vnp_SecureHash=",
                "vnp_TxnRef=P-1&vnp_SecureHash=", "&vnp_SecureHash=").flatMap(prefix ->
                        Arbitraries.strings().withCharRange('0', 'f').ofMaxLength(130).map(prefix::concat));
        return Arbitraries.oneOf(noise, almost);
    }

    private static RawCallback callback(String ref, Kind kind) {
        return switch (kind) {
            case PAID -> TestGateway.paid(ref, AMOUNT, "1" + ref.hashCode());
            case PAID_AGAIN_OTHER_TXN -> TestGateway.paid(ref, AMOUNT, "2" + ref.hashCode());
            case FAILED -> TestGateway.callback(ref, AMOUNT, "", "24");
            case FORGED -> TestGateway.forged(ref, AMOUNT, "1" + ref.hashCode());
            case WRONG_AMOUNT -> TestGateway.paid(ref, AMOUNT + 1, "1" + ref.hashCode());
        };
    }
}
