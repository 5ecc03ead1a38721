package vn.congdanso.payments.callback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.VerifiedCallback;

import static java.util.Objects.requireNonNull;

/**
 * Settles orders whose callback never came. Each {@link #runOnce()} takes the PENDING orders
 * older than a configurable age, asks the gateways' query APIs about each, and applies every
 * verified, settled answer through the gateway's {@link CallbackProcessor}: the same checks, the
 * same idempotent transition, the same handler, the same audit. A callback and a query answer
 * racing for one order settle it once. Immutable and thread-safe; schedule it as the app
 * likes (one run every few minutes is typical), from one instance or several.
 */
public final class Reconciler {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    private final CallbackStore store;
    private final Map<Gateway, Route> routes;
    private final Duration olderThan;
    private final int batchSize;
    private final Clock clock;

    private record Route(CallbackProcessor processor, PaymentQuery query) {
    }

    private Reconciler(Builder builder) {
        this.store = requireNonNull(builder.store, "store not set");
        if (builder.routes.isEmpty()) {
            throw new IllegalStateException("no gateway to query: call gateway(processor, query)");
        }
        this.routes = new EnumMap<>(builder.routes);
        this.olderThan = builder.olderThan;
        this.batchSize = builder.batchSize;
        this.clock = builder.clock;
    }

    /** A builder; the store and at least one gateway are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Queries and settles one batch of overdue PENDING orders. */
    public ReconcileReport runOnce() {
        Instant cutoff = clock.instant().minus(olderThan);
        int settled = 0;
        int pending = 0;
        int refused = 0;
        int failed = 0;
        var orders = store.pendingBefore(cutoff, batchSize);
        for (Order order : orders) {
            Optional<CallbackOutcome> outcome = reconcile(order);
            if (outcome.isEmpty()) {
                pending++;
                continue;
            }
            switch (outcome.get()) {
                case APPLIED, DUPLICATE -> settled++;
                case RETRY -> failed++;
                case AMOUNT_MISMATCH, REJECTED, UNKNOWN_ORDER, BAD_SIGNATURE -> refused++;
            }
        }
        return new ReconcileReport(orders.size(), settled, pending, refused, failed);
    }

    /** The outcome of applying a settled answer; empty when no gateway reports one. */
    private Optional<CallbackOutcome> reconcile(Order order) {
        for (Map.Entry<Gateway, Route> route : routes.entrySet()) {
            if (order.gateway().isPresent() && order.gateway().get() != route.getKey()) {
                continue;
            }
            Optional<VerifiedCallback> answer;
            try {
                answer = route.getValue().query().query(order.ref());
            } catch (CongDanSoException e) {
                LOG.warn("order {}: {} query failed ({})", order.ref(), route.getKey(), e.code().id());
                return Optional.of(CallbackOutcome.RETRY);
            }
            Optional<VerifiedCallback> settledAnswer = answer
                    .filter(callback -> callback.status() != PaymentStatus.PENDING);
            if (settledAnswer.isPresent()) {
                return Optional.of(apply(route.getValue().processor(), order, settledAnswer.get()));
            }
        }
        return Optional.empty();
    }

    private static CallbackOutcome apply(CallbackProcessor processor, Order order, VerifiedCallback answer) {
        if (!answer.orderRef().equals(order.ref()) || answer.gateway() != processor.gateway()) {
            LOG.warn("order {}: the {} query answered about another order; ignored", order.ref(), answer.gateway());
            return CallbackOutcome.REJECTED;
        }
        return processor.applyQueryAnswer(answer).outcome();
    }

    /** Builds a {@link Reconciler}. Not thread-safe. */
    public static final class Builder {

        private CallbackStore store;
        private final Map<Gateway, Route> routes = new EnumMap<>(Gateway.class);
        private Duration olderThan = Duration.ofMinutes(15);
        private int batchSize = 100;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The store whose PENDING orders to settle. Required. */
        public Builder store(CallbackStore store) {
            this.store = requireNonNull(store, "store == null");
            return this;
        }

        /** Asks {@code query} about overdue orders and applies its answers through {@code processor}. */
        public Builder gateway(CallbackProcessor processor, PaymentQuery query) {
            requireNonNull(processor, "processor == null");
            requireNonNull(query, "query == null");
            if (processor.gateway() != query.gateway()) {
                throw new IllegalArgumentException("a " + query.gateway() + " query for a " + processor.gateway()
                        + " processor");
            }
            routes.put(processor.gateway(), new Route(processor, query));
            return this;
        }

        /** How long an order stays PENDING before it is queried; default 15 minutes. */
        public Builder olderThan(Duration age) {
            requireNonNull(age, "age == null");
            if (age.isNegative()) {
                throw new IllegalArgumentException("age must not be negative");
            }
            this.olderThan = age;
            return this;
        }

        /** How many orders one run queries at most; default 100, 1 to 10 000. */
        public Builder batchSize(int size) {
            if (size < 1 || size > 10_000) {
                throw new IllegalArgumentException("batch size must be 1 to 10 000");
            }
            this.batchSize = size;
            return this;
        }

        /** The clock that ages orders. */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock == null");
            return this;
        }

        /** The reconciler. */
        public Reconciler build() {
            return new Reconciler(this);
        }
    }
}
