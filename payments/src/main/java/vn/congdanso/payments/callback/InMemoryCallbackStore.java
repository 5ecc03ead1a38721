package vn.congdanso.payments.callback;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.PaymentStatus;

/**
 * A {@link CallbackStore} in this JVM's memory, for tests and demos: state is lost on exit and
 * is not shared between processes. Transactions run one at a time; a transaction's changes are
 * staged and applied only when it commits. Thread-safe.
 */
public final class InMemoryCallbackStore implements CallbackStore {

    private final Object lock = new Object();
    private final Map<String, Order> orders = new HashMap<>();
    private final List<AuditEntry> audit = new ArrayList<>();

    /** An empty store. */
    public InMemoryCallbackStore() {
        // nothing stored yet
    }

    @Override
    public Order createOrder(String ref, Vnd amount, Optional<Gateway> gateway, Instant now) {
        Order order = StoreChecks.newOrder(ref, amount, gateway, now);
        synchronized (lock) {
            if (orders.putIfAbsent(ref, order) != null) {
                throw new RejectedException(CallbackError.DUPLICATE_ORDER, "order " + ref + " exists");
            }
        }
        return order;
    }

    @Override
    public Optional<Order> findOrder(String ref) {
        synchronized (lock) {
            return Optional.ofNullable(orders.get(ref));
        }
    }

    @Override
    public List<Order> pendingBefore(Instant cutoff, int limit) {
        synchronized (lock) {
            return orders.values().stream()
                    .filter(order -> order.status() == PaymentStatus.PENDING && order.createdAt().isBefore(cutoff))
                    .sorted(Comparator.comparing(Order::createdAt))
                    .limit(limit)
                    .toList();
        }
    }

    @Override
    public List<AuditEntry> auditTrail(String orderRef) {
        synchronized (lock) {
            return audit.stream().filter(entry -> entry.orderRef().equals(Optional.of(orderRef))).toList();
        }
    }

    @Override
    public long auditCount() {
        synchronized (lock) {
            return audit.size();
        }
    }

    @Override
    public void audit(AuditEntry entry) {
        synchronized (lock) {
            audit.add(entry);
        }
    }

    @Override
    public <T> T transact(Work<T> work) {
        synchronized (lock) {
            Staged staged = new Staged();
            T result = work.run(staged);
            orders.putAll(staged.orders);
            audit.addAll(staged.audit);
            return result;
        }
    }

    /** Changes of one transaction, applied on commit; the enclosing lock is held throughout. */
    private final class Staged implements Transaction {

        private final Map<String, Order> orders = new HashMap<>();
        private final List<AuditEntry> audit = new ArrayList<>();

        @Override
        public Optional<Order> lockOrder(String ref) {
            Order staged = orders.get(ref);
            return staged != null ? Optional.of(staged) : Optional.ofNullable(InMemoryCallbackStore.this.orders.get(ref));
        }

        @Override
        public boolean insertOrderIfAbsent(Order order) {
            if (lockOrder(order.ref()).isPresent()) {
                return false;
            }
            orders.put(order.ref(), order);
            return true;
        }

        @Override
        public boolean settle(Order settled) {
            if (lockOrder(settled.ref()).filter(order -> !order.settled()).isEmpty()) {
                return false;
            }
            orders.put(settled.ref(), settled);
            return true;
        }

        @Override
        public void flag(String ref, boolean extraPayment, Instant now) {
            lockOrder(ref).ifPresent(order -> orders.put(ref, StoreChecks.flagged(order, extraPayment, now)));
        }

        @Override
        public void audit(AuditEntry entry) {
            audit.add(entry);
        }

        @Override
        public Optional<Connection> connection() {
            return Optional.empty();
        }
    }
}
