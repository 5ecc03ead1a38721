package vn.congdanso.payments.callback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.UnavailableException;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.VerifiedCallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pipeline's rules, run against every store: each subclass supplies a fresh, migrated one. */
abstract class CallbackPipelineContract {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    CallbackStore store;
    final AtomicInteger handled = new AtomicInteger();

    /** A fresh store with its schema in place. */
    abstract CallbackStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    CallbackProcessor processor(PaymentHandler handler) {
        return CallbackProcessor.builder().verifier(new TestGateway()).store(store).handler(handler).clock(CLOCK)
                .build();
    }

    CallbackProcessor processor() {
        return processor(transition -> handled.incrementAndGet());
    }

    Order order(String ref, long amount) {
        return store.createOrder(ref, Vnd.of(amount), Optional.empty(), NOW.minus(Duration.ofHours(1)));
    }

    @Test
    void appliesPaidCallbackAndRunsHandlerOnce() {
        order("ORD-1", 150_000);

        CallbackResult result = processor().process(TestGateway.paid("ORD-1", 150_000, "14000001"));

        assertThat(result.outcome()).isEqualTo(CallbackOutcome.APPLIED);
        assertThat(result.ack().body()).isEqualTo("{\"RspCode\":\"00\"}");
        assertThat(result.orderRef()).contains("ORD-1");
        Order order = store.findOrder("ORD-1").orElseThrow();
        assertThat(order.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(order.transactionId()).contains("14000001");
        assertThat(order.gateway()).contains(Gateway.VNPAY);
        assertThat(order.paymentCount()).isEqualTo(1);
        assertThat(handled).hasValue(1);
    }

    @Test
    void acknowledgesDuplicateWithoutRunningHandlerAgain() {
        order("ORD-2", 150_000);
        CallbackProcessor processor = processor();
        RawCallback callback = TestGateway.paid("ORD-2", 150_000, "14000002");

        processor.process(callback);
        CallbackResult again = processor.process(callback);

        assertThat(again.outcome()).isEqualTo(CallbackOutcome.DUPLICATE);
        assertThat(again.ack().body()).isEqualTo("{\"RspCode\":\"02\"}");
        assertThat(handled).hasValue(1);
        assertThat(store.auditTrail("ORD-2")).extracting(AuditEntry::outcome)
                .containsExactly(CallbackOutcome.APPLIED, CallbackOutcome.DUPLICATE);
    }

    @Test
    void forgedCallbackChangesNothingAndDoesNotPoisonGenuineOne() {
        order("ORD-3", 150_000);
        CallbackProcessor processor = processor();

        CallbackResult forged = processor.process(TestGateway.forged("ORD-3", 150_000, "14000003"));
        CallbackResult forgedAgain = processor.process(TestGateway.forged("ORD-3", 150_000, "14000003"));

        assertThat(forged.outcome()).isEqualTo(CallbackOutcome.BAD_SIGNATURE);
        assertThat(forgedAgain.outcome()).isEqualTo(CallbackOutcome.BAD_SIGNATURE);
        assertThat(forged.orderRef()).isEmpty();
        assertThat(store.findOrder("ORD-3").orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(processor.process(TestGateway.paid("ORD-3", 150_000, "14000003")).outcome())
                .isEqualTo(CallbackOutcome.APPLIED);
        assertThat(handled).hasValue(1);
        assertThat(store.auditCount()).isEqualTo(3);
    }

    @Test
    void rejectsAmountMismatchAndKeepsOrderPendingAndFlagged() {
        order("ORD-4", 150_000);

        CallbackResult result = processor().process(TestGateway.paid("ORD-4", 1_000, "14000004"));

        assertThat(result.outcome()).isEqualTo(CallbackOutcome.AMOUNT_MISMATCH);
        assertThat(result.ack().body()).isEqualTo("{\"RspCode\":\"04\"}");
        Order order = store.findOrder("ORD-4").orElseThrow();
        assertThat(order.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(order.flagged()).isTrue();
        assertThat(handled).hasValue(0);
    }

    @Test
    void handlerFailureRollsBackAndAsksForRedelivery() {
        order("ORD-5", 150_000);
        AtomicInteger calls = new AtomicInteger();
        CallbackProcessor flaky = processor(transition -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("ledger down");
            }
        });
        RawCallback callback = TestGateway.paid("ORD-5", 150_000, "14000005");

        CallbackResult first = flaky.process(callback);

        assertThat(first.outcome()).isEqualTo(CallbackOutcome.RETRY);
        assertThat(first.ack().body()).isEqualTo("{\"RspCode\":\"99\"}");
        assertThat(store.findOrder("ORD-5").orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(flaky.process(callback).outcome()).isEqualTo(CallbackOutcome.APPLIED);
        assertThat(calls).hasValue(2);
        assertThat(store.auditTrail("ORD-5")).extracting(AuditEntry::outcome)
                .containsExactly(CallbackOutcome.RETRY, CallbackOutcome.APPLIED);
    }

    @Test
    void failedAfterPaidCannotChangeSettledOrder() {
        order("ORD-6", 150_000);
        CallbackProcessor processor = processor();
        processor.process(TestGateway.paid("ORD-6", 150_000, "14000006"));

        CallbackResult late = processor.process(TestGateway.callback("ORD-6", 150_000, "14000006", "24"));

        assertThat(late.outcome()).isEqualTo(CallbackOutcome.REJECTED);
        assertThat(store.findOrder("ORD-6").orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(handled).hasValue(1);
    }

    @Test
    void secondPaymentForSettledOrderIsRejectedAndFlagged() {
        order("ORD-7", 150_000);
        CallbackProcessor processor = processor();
        processor.process(TestGateway.paid("ORD-7", 150_000, "14000007"));

        CallbackResult second = processor.process(TestGateway.paid("ORD-7", 150_000, "14009999"));

        assertThat(second.outcome()).isEqualTo(CallbackOutcome.REJECTED);
        Order order = store.findOrder("ORD-7").orElseThrow();
        assertThat(order.transactionId()).contains("14000007");
        assertThat(order.paymentCount()).isEqualTo(2);
        assertThat(order.flagged()).isTrue();
        assertThat(handled).hasValue(1);
    }

    @Test
    void failedCallbackSettlesOrderAsFailed() {
        order("ORD-8", 150_000);

        CallbackResult result = processor().process(TestGateway.callback("ORD-8", 150_000, "", "24"));

        assertThat(result.outcome()).isEqualTo(CallbackOutcome.APPLIED);
        Order order = store.findOrder("ORD-8").orElseThrow();
        assertThat(order.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(order.paymentCount()).isZero();
        assertThat(order.transactionId()).isEmpty();
        assertThat(processor().process(TestGateway.callback("ORD-8", 150_000, "", "24")).outcome())
                .isEqualTo(CallbackOutcome.DUPLICATE);
    }

    @Test
    void reportsUnknownOrderWithoutCreatingIt() {
        CallbackResult result = processor().process(TestGateway.paid("NO-SUCH", 150_000, "14000009"));

        assertThat(result.outcome()).isEqualTo(CallbackOutcome.UNKNOWN_ORDER);
        assertThat(store.findOrder("NO-SUCH")).isEmpty();
        assertThat(store.auditTrail("NO-SUCH")).hasSize(1);
    }

    @Test
    void copiesOrderFromAppLookupOnFirstCallback() {
        CallbackProcessor processor = CallbackProcessor.builder().verifier(new TestGateway()).store(store)
                .orders((gateway, ref) -> ref.startsWith("APP-")
                        ? Optional.of(ExpectedPayment.of(ref, Vnd.of(80_000))) : Optional.empty())
                .handler(transition -> handled.incrementAndGet()).clock(CLOCK).build();

        assertThat(processor.process(TestGateway.paid("APP-1", 80_000, "14000010")).outcome())
                .isEqualTo(CallbackOutcome.APPLIED);
        assertThat(processor.process(TestGateway.paid("APP-1", 80_000, "14000010")).outcome())
                .isEqualTo(CallbackOutcome.DUPLICATE);
        assertThat(processor.process(TestGateway.paid("APP-2", 90_000, "14000011")).outcome())
                .isEqualTo(CallbackOutcome.AMOUNT_MISMATCH);
        assertThat(processor.process(TestGateway.paid("OTHER", 80_000, "14000012")).outcome())
                .isEqualTo(CallbackOutcome.UNKNOWN_ORDER);
        assertThat(store.findOrder("APP-1").orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(store.findOrder("APP-2").orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(handled).hasValue(1);
    }

    @Test
    void unusableReferencesFromCallbackOrLookupAreUnknownOrdersNotRetries() {
        CallbackProcessor processor = CallbackProcessor.builder().verifier(new TestGateway()).store(store)
                .orders((gateway, ref) -> Optional.of(ExpectedPayment.of(ref, Vnd.ZERO)))
                .handler(transition -> handled.incrementAndGet()).clock(CLOCK).build();

        assertThat(processor.process(TestGateway.paid("R".repeat(150), 10_000, "14000040")).outcome())
                .isEqualTo(CallbackOutcome.UNKNOWN_ORDER);
        assertThat(processor.process(TestGateway.paid("ZERO-AMOUNT", 10_000, "14000041")).outcome())
                .isEqualTo(CallbackOutcome.UNKNOWN_ORDER);
        assertThat(store.findOrder("ZERO-AMOUNT")).isEmpty();
        assertThat(handled).hasValue(0);
    }

    @Test
    void auditsEveryDeliveryWithSecretsAndAccountNumbersMasked() {
        order("ORD-11", 150_000);
        CallbackProcessor processor = processor();
        RawCallback genuine = TestGateway.paid("ORD-11", 150_000, "14000011");
        String hash = genuine.query().substring(genuine.query().indexOf("vnp_SecureHash=") + 15);

        processor.process(TestGateway.forged("ORD-11", 150_000, "14000011"));
        processor.process(genuine);

        List<AuditEntry> trail = store.auditTrail("ORD-11");
        assertThat(trail).singleElement().satisfies(entry -> {
            assertThat(entry.verified()).isTrue();
            assertThat(entry.transactionId()).contains("14000011");
            assertThat(entry.receivedAt()).isEqualTo(NOW);
            assertThat(entry.source()).isEqualTo(AuditEntry.Source.CALLBACK);
            assertThat(entry.payload()).contains("vnp_TxnRef=ORD-11").doesNotContain(hash)
                    .doesNotContain("0011004123456");
        });
        assertThat(store.auditCount()).isEqualTo(2);
    }

    @Test
    void settleAndAuditWritesBothOnlyWhileTheOrderIsPending() {
        Order pending = order("ORD-SA", 90_000);
        Order paid = StoreChecks.settled(pending, Gateway.VNPAY, PaymentStatus.PAID, "14000021", NOW);
        Order failed = StoreChecks.settled(pending, Gateway.VNPAY, PaymentStatus.FAILED, "14000022", NOW);
        AuditEntry entry = new AuditEntry(Gateway.VNPAY, AuditEntry.Source.CALLBACK, Optional.of("ORD-SA"),
                Optional.of("14000021"), true, CallbackOutcome.APPLIED, NOW, "GET ?vnp_TxnRef=ORD-SA");

        assertThat(store.<Boolean>transact(tx -> tx.settleAndAudit(paid, entry))).isTrue();
        assertThatThrownBy(() -> store.<Boolean>transact(tx -> {
            if (!tx.settleAndAudit(failed, entry)) {
                throw new IllegalStateException("not written: roll back, as the contract asks");
            }
            return true;
        })).hasMessageStartingWith("not written");

        assertThat(store.findOrder("ORD-SA").orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(store.auditTrail("ORD-SA")).containsExactly(entry);
    }

    @Test
    void refusesOversizedCallbackUnread() {
        CallbackResult result = processor().process(RawCallback.get("x=" + "a".repeat(40_000)));

        assertThat(result.outcome()).isEqualTo(CallbackOutcome.REJECTED);
        assertThat(store.auditCount()).isEqualTo(1);
    }

    @Test
    void refusesDuplicateAndBadOrders() {
        order("ORD-12", 150_000);

        assertThatThrownBy(() -> order("ORD-12", 150_000)).isInstanceOf(RejectedException.class)
                .extracting(e -> ((RejectedException) e).code()).isEqualTo(CallbackError.DUPLICATE_ORDER);
        assertThatThrownBy(() -> order("", 150_000)).isInstanceOf(RejectedException.class)
                .extracting(e -> ((RejectedException) e).code()).isEqualTo(CallbackError.BAD_ORDER);
        assertThatThrownBy(() -> order("ORD-13", 0)).isInstanceOf(RejectedException.class)
                .extracting(e -> ((RejectedException) e).code()).isEqualTo(CallbackError.BAD_ORDER);
    }

    @Test
    void storeFailureBecomesRetry() {
        order("ORD-14", 150_000);
        CallbackStore failing = new ForwardingStore(store) {
            @Override
            public <T> T transact(Work<T> work) {
                throw new UnavailableException(CallbackError.STORE_UNAVAILABLE, "database down", null);
            }
        };
        CallbackProcessor processor = CallbackProcessor.builder().verifier(new TestGateway()).store(failing)
                .handler(transition -> handled.incrementAndGet()).clock(CLOCK).build();

        assertThat(processor.process(TestGateway.paid("ORD-14", 150_000, "14000014")).outcome())
                .isEqualTo(CallbackOutcome.RETRY);
        assertThat(store.findOrder("ORD-14").orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void reconcilerSettlesOverdueOrdersThroughThePipeline() {
        order("OLD-PAID", 150_000);
        order("OLD-FAILED", 150_000);
        order("OLD-WAITING", 150_000);
        store.createOrder("YOUNG", Vnd.of(150_000), Optional.empty(), NOW);
        CallbackProcessor processor = processor();
        PaymentQuery query = new FakeQuery(ref -> switch (ref) {
            case "OLD-PAID" -> Optional.of(TestGateway.answer(ref, 150_000, "14000020", PaymentStatus.PAID));
            case "OLD-FAILED" -> Optional.of(TestGateway.answer(ref, 150_000, "", PaymentStatus.FAILED));
            default -> Optional.empty();
        });
        Reconciler reconciler = Reconciler.builder().store(store).gateway(processor, query)
                .olderThan(Duration.ofMinutes(15)).clock(CLOCK).build();

        ReconcileReport report = reconciler.runOnce();

        assertThat(report).isEqualTo(new ReconcileReport(3, 2, 1, 0, 0));
        assertThat(store.findOrder("OLD-PAID").orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(store.findOrder("OLD-FAILED").orElseThrow().status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(store.findOrder("YOUNG").orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(store.auditTrail("OLD-PAID")).singleElement()
                .extracting(AuditEntry::source).isEqualTo(AuditEntry.Source.QUERY);
        assertThat(handled).hasValue(2);
        assertThat(processor.process(TestGateway.paid("OLD-PAID", 150_000, "14000020")).outcome())
                .isEqualTo(CallbackOutcome.DUPLICATE);
        assertThat(reconciler.runOnce()).isEqualTo(new ReconcileReport(1, 0, 1, 0, 0));
    }

    @Test
    void reconcilerLeavesOrderPendingWhenQueryFailsOrAmountDiffers() {
        order("DOWN", 150_000);
        order("WRONG", 150_000);
        PaymentQuery query = new FakeQuery(ref -> {
            if (ref.equals("DOWN")) {
                throw new UnavailableException(CallbackError.STORE_UNAVAILABLE, "gateway down", null);
            }
            return Optional.of(TestGateway.answer(ref, 1_000, "14000021", PaymentStatus.PAID));
        });
        Reconciler reconciler = Reconciler.builder().store(store).gateway(processor(), query).clock(CLOCK).build();

        assertThat(reconciler.runOnce()).isEqualTo(new ReconcileReport(2, 0, 0, 1, 1));
        assertThat(store.findOrder("DOWN").orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(store.findOrder("WRONG").orElseThrow().flagged()).isTrue();
        assertThat(handled).hasValue(0);
    }

    /** A query answering from a function. */
    record FakeQuery(java.util.function.Function<String, Optional<VerifiedCallback>> answers) implements PaymentQuery {
        @Override
        public Gateway gateway() {
            return Gateway.VNPAY;
        }

        @Override
        public Optional<VerifiedCallback> query(String orderRef) {
            return answers.apply(orderRef);
        }
    }
}
