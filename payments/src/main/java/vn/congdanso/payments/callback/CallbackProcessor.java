package vn.congdanso.payments.callback;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.privacy.Redactor;
import vn.congdanso.payments.CallbackAck;
import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.CallbackVerifier;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.VerifiedCallback;
import vn.congdanso.payments.callback.AuditEntry.Source;
import vn.congdanso.payments.callback.internal.AuditPayload;

import static java.util.Objects.requireNonNull;

/**
 * The exactly-once callback pipeline for one gateway merchant: verify, find the order, check
 * it, move it atomically from PENDING to PAID or FAILED, run the app's handler once, and answer
 * the gateway. Its one entry point, {@link #process(RawCallback)}, takes the callback as it
 * arrived; nothing the caller builds can settle an order. Immutable and thread-safe; any number
 * of processors, in any number of processes, may share one database-backed store.
 *
 * <p>The rules:
 * <ul>
 *   <li>a callback that fails verification changes nothing and is audited, never cached as a
 *       decision for its order: a forged callback cannot poison a later genuine one;</li>
 *   <li>an amount that differs from the order's is rejected ({@link CallbackOutcome#AMOUNT_MISMATCH})
 *       and the order flagged for review; it stays PENDING;</li>
 *   <li>a verified PENDING answer (authorised, still processing) changes nothing and is
 *       acknowledged as a {@link CallbackOutcome#DUPLICATE};</li>
 *   <li>a settled order stays settled: a repeat of the applied answer is a
 *       {@link CallbackOutcome#DUPLICATE}, anything else {@link CallbackOutcome#REJECTED} (a
 *       second payment, or a payment after failure, also flags the order);</li>
 *   <li>if the handler or the store fails, nothing is recorded but the audit entry, and the
 *       gateway is told to deliver again ({@link CallbackOutcome#RETRY});</li>
 *   <li>every delivery is appended to the audit trail, secrets and personal data masked.</li>
 * </ul>
 */
public final class CallbackProcessor {

    /** Raw callbacks larger than this (query plus body, in characters/bytes) are refused unread. */
    public static final int MAX_CALLBACK_SIZE = 32 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(CallbackProcessor.class);
    private static final int ATTEMPTS = 3;

    private final CallbackVerifier verifier;
    private final CallbackStore store;
    private final Optional<OrderLookup> orders;
    private final PaymentHandler handler;
    private final Clock clock;

    private CallbackProcessor(Builder builder) {
        this.verifier = requireNonNull(builder.verifier, "verifier not set");
        this.store = requireNonNull(builder.store, "store not set");
        this.orders = Optional.ofNullable(builder.orders);
        this.handler = requireNonNull(builder.handler, "handler not set");
        this.clock = requireNonNull(builder.clock, "clock not set");
    }

    /** A builder; verifier, store and handler are required, the clock defaults to UTC system time. */
    public static Builder builder() {
        return new Builder();
    }

    /** The gateway whose callbacks this processor takes. */
    public Gateway gateway() {
        return verifier.gateway();
    }

    /**
     * Runs {@code raw} through the pipeline. Never throws for anything the gateway or the store
     * did: every failure becomes an outcome with its acknowledgement.
     */
    public CallbackResult process(RawCallback raw) {
        requireNonNull(raw, "raw == null");
        Instant receivedAt = clock.instant();
        if (raw.query().length() + raw.body().length > MAX_CALLBACK_SIZE) {
            return refuseUnverified(CallbackOutcome.REJECTED, "(refused unread: over " + MAX_CALLBACK_SIZE + ")",
                    receivedAt);
        }
        VerifiedCallback callback;
        try {
            callback = verifier.verify(raw);
        } catch (RejectedException e) {
            return refuseUnverified(verificationOutcome(e), payloadOf(raw), receivedAt);
        } catch (RuntimeException e) {
            LOG.error("{} verifier failed with {} instead of rejecting; callback refused", gateway(),
                    e.getClass().getName());
            return refuseUnverified(CallbackOutcome.REJECTED, payloadOf(raw), receivedAt);
        }
        return apply(callback, Source.CALLBACK, payloadOf(raw), receivedAt);
    }

    /** Applies a verified answer the {@link Reconciler} fetched, with the same rules. */
    CallbackResult applyQueryAnswer(VerifiedCallback answer) {
        return apply(answer, Source.QUERY, payloadOf(answer), clock.instant());
    }

    private CallbackResult apply(VerifiedCallback callback, Source source, String payload, Instant receivedAt) {
        if (callback.gateway() != gateway()) {
            throw new IllegalArgumentException("a " + callback.gateway() + " answer given to a " + gateway()
                    + " processor");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                CallbackOutcome outcome = store.transact(tx -> decide(tx, callback, source, payload, receivedAt));
                return result(outcome, callback);
            } catch (ConcurrentChange e) {
                if (attempt == ATTEMPTS) {
                    return retry(callback, source, payload, receivedAt, e);
                }
            } catch (RuntimeException e) {
                return retry(callback, source, payload, receivedAt, e);
            }
        }
    }

    private CallbackOutcome decide(CallbackStore.Transaction tx, VerifiedCallback callback, Source source,
            String payload, Instant now) {
        AuditEntry applied = audit(callback, source, CallbackOutcome.APPLIED, payload, now);
        if (orders.isEmpty()) {
            // The common case, a PENDING order of the right amount, is one conditional update
            // (and its audit entry); anything else is decided below, on the locked row.
            Optional<Order> settled = tx.settleIfPending(callback, now, applied);
            if (settled.isPresent()) {
                return transitioned(tx, settled.get(), callback);
            }
        }
        Optional<Order> found = Optional.empty();
        if (StoreChecks.isStorableRef(callback.orderRef())) {
            found = tx.lockOrder(callback.orderRef());
            if (found.isEmpty() && orders.isPresent()) {
                Optional<Order> fresh = fromLookup(callback);
                if (fresh.isPresent() && settlesAtOnce(fresh.get(), callback)) {
                    // The first callback of an order the app's lookup gave: it arrives settled,
                    // inserted once (the primary key decides between concurrent callers).
                    Order settled = StoreChecks.settled(fresh.get(), callback.gateway(), callback.status(),
                            callback.transactionId(), now);
                    if (tx.insertSettledIfAbsent(settled, applied)) {
                        return transitioned(tx, settled, callback);
                    }
                    found = tx.lockOrder(callback.orderRef());
                } else if (fresh.isPresent()) {
                    found = tx.insertOrderIfAbsent(fresh.get()) ? fresh : tx.lockOrder(callback.orderRef());
                }
            }
        }
        CallbackOutcome outcome = found.map(order -> judge(tx, order, callback, now))
                .orElse(CallbackOutcome.UNKNOWN_ORDER);
        if (outcome != CallbackOutcome.APPLIED) {
            tx.audit(audit(callback, source, outcome, payload, now));
            return outcome;
        }
        Order settled = StoreChecks.settled(found.get(), callback.gateway(), callback.status(),
                callback.transactionId(), now);
        if (!tx.settleAndAudit(settled, applied)) {
            throw new ConcurrentChange();
        }
        return transitioned(tx, settled, callback);
    }

    private CallbackOutcome transitioned(CallbackStore.Transaction tx, Order settled, VerifiedCallback callback) {
        runHandler(new Transition(settled, callback, tx.connection()));
        return CallbackOutcome.APPLIED;
    }

    /** The app's order for {@code callback}, as a new PENDING order; empty when it has none the store can hold. */
    private Optional<Order> fromLookup(VerifiedCallback callback) {
        Optional<ExpectedPayment> expected = orders.get().find(callback.gateway(), callback.orderRef())
                .filter(payment -> payment.orderRef().equals(callback.orderRef()));
        if (expected.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(StoreChecks.newOrder(callback.orderRef(), expected.get().amount(),
                    expected.get().gateway(), clock.instant()));
        } catch (RejectedException e) {
            LOG.warn("the app's order lookup gave an order the store cannot hold ({}); treated as unknown",
                    e.code().id());
            return Optional.empty();
        }
    }

    /** Whether {@link #judge} would apply {@code callback} to the new PENDING {@code order}. */
    private static boolean settlesAtOnce(Order order, VerifiedCallback callback) {
        return callback.status() != PaymentStatus.PENDING && order.amount().equals(callback.amount())
                && order.gateway().map(gateway -> gateway == callback.gateway()).orElse(true);
    }

    private CallbackOutcome judge(CallbackStore.Transaction tx, Order order, VerifiedCallback callback, Instant now) {
        if (order.gateway().filter(gateway -> gateway != callback.gateway()).isPresent()) {
            LOG.warn("{} answer for order {} that belongs to {}: rejected", callback.gateway(), order.ref(),
                    order.gateway().get());
            return CallbackOutcome.REJECTED;
        }
        if (!order.amount().equals(callback.amount())) {
            LOG.warn("order {} expects {} but {} reports {}: rejected and flagged for review", order.ref(),
                    order.amount(), callback.gateway(), callback.amount());
            tx.flag(order.ref(), false, now);
            return CallbackOutcome.AMOUNT_MISMATCH;
        }
        if (!order.settled()) {
            return callback.status() == PaymentStatus.PENDING ? CallbackOutcome.DUPLICATE : CallbackOutcome.APPLIED;
        }
        return judgeSettled(tx, order, callback, now);
    }

    private static CallbackOutcome judgeSettled(CallbackStore.Transaction tx, Order order, VerifiedCallback callback,
            Instant now) {
        boolean sameTransaction = order.transactionId().orElse("").equals(callback.transactionId());
        if (order.status() == callback.status() && sameTransaction) {
            return CallbackOutcome.DUPLICATE;
        }
        if (callback.paid()) {
            LOG.warn("order {} is already {} but {} reports another payment: rejected and flagged for review",
                    order.ref(), order.status(), callback.gateway());
            tx.flag(order.ref(), true, now);
        }
        return CallbackOutcome.REJECTED;
    }

    private void runHandler(Transition transition) {
        try {
            handler.onTransition(transition);
        } catch (Exception e) {
            throw new HandlerFailed(e);
        }
    }

    private CallbackResult retry(VerifiedCallback callback, Source source, String payload, Instant receivedAt,
            RuntimeException cause) {
        LOG.warn("order {}: {} answer not applied, the gateway will be asked to deliver again ({})",
                callback.orderRef(), callback.gateway(), cause.getClass().getSimpleName());
        auditQuietly(audit(callback, source, CallbackOutcome.RETRY, payload, receivedAt));
        return result(CallbackOutcome.RETRY, callback);
    }

    private CallbackResult refuseUnverified(CallbackOutcome outcome, String payload, Instant receivedAt) {
        auditQuietly(new AuditEntry(gateway(), Source.CALLBACK, Optional.empty(), Optional.empty(), false, outcome,
                receivedAt, payload));
        return new CallbackResult(outcome, verifier.acknowledge(outcome), Optional.empty());
    }

    private void auditQuietly(AuditEntry entry) {
        try {
            store.audit(entry);
        } catch (CongDanSoException e) {
            LOG.error("audit entry for a {} {} callback lost: {}", entry.gateway(), entry.outcome(), e.code().id());
        }
    }

    private CallbackResult result(CallbackOutcome outcome, VerifiedCallback callback) {
        return new CallbackResult(outcome, verifier.acknowledge(outcome), Optional.of(callback.orderRef()));
    }

    private AuditEntry audit(VerifiedCallback callback, Source source, CallbackOutcome outcome, String payload,
            Instant receivedAt) {
        return new AuditEntry(callback.gateway(), source, Optional.of(callback.orderRef()),
                Optional.of(callback.transactionId()).filter(id -> !id.isEmpty()), true, outcome, receivedAt,
                payload);
    }

    private static CallbackOutcome verificationOutcome(RejectedException e) {
        boolean signature = e.code() == GatewayError.BAD_SIGNATURE || e.code() == GatewayError.MISSING_SIGNATURE;
        return signature ? CallbackOutcome.BAD_SIGNATURE : CallbackOutcome.REJECTED;
    }

    private static String payloadOf(RawCallback raw) {
        return AuditPayload.of(raw.method(), raw.query(), raw.body().length > 0 ? raw.bodyText() : "");
    }

    private static String payloadOf(VerifiedCallback answer) {
        return Redactor.redactFields("QUERY " + answer.signedFields().entrySet().stream()
                .map(field -> field.getKey() + "=" + field.getValue())
                .collect(Collectors.joining("&")));
    }

    /** The conditional update found the order no longer PENDING: decide again. */
    private static final class ConcurrentChange extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConcurrentChange() {
            super("order changed concurrently", null, false, false);
        }
    }

    /** The app's handler threw: roll back and ask for redelivery. */
    private static final class HandlerFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HandlerFailed(Exception cause) {
            super("payment handler failed", cause, false, false);
        }
    }

    /** Builds a {@link CallbackProcessor}. Not thread-safe. */
    public static final class Builder {

        private CallbackVerifier verifier;
        private CallbackStore store;
        private OrderLookup orders;
        private PaymentHandler handler;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The gateway's verifier for the merchant whose callbacks this processor takes. Required. */
        public Builder verifier(CallbackVerifier verifier) {
            this.verifier = requireNonNull(verifier, "verifier == null");
            return this;
        }

        /** Where orders and the audit trail live. Required. */
        public Builder store(CallbackStore store) {
            this.store = requireNonNull(store, "store == null");
            return this;
        }

        /** The app's order book, asked for orders the store does not hold. Optional. */
        public Builder orders(OrderLookup orders) {
            this.orders = requireNonNull(orders, "orders == null");
            return this;
        }

        /** What to do, exactly once, when an order settles. Required. */
        public Builder handler(PaymentHandler handler) {
            this.handler = requireNonNull(handler, "handler == null");
            return this;
        }

        /** The clock for received-at and updated-at times. */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock == null");
            return this;
        }

        /** The processor. */
        public CallbackProcessor build() {
            return new CallbackProcessor(this);
        }
    }
}
