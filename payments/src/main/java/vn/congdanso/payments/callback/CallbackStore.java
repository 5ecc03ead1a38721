package vn.congdanso.payments.callback;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import vn.congdanso.core.Vnd;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.VerifiedCallback;

/**
 * Where the pipeline keeps orders and the audit trail. The pipeline's exactly-once guarantee
 * rests on {@link #transact}: a unit of work sees a locked order row and either commits every
 * change it made or none. Implementations are thread-safe; a store shared by several processes
 * (a database) must take its guarantees from the database, never from JVM locks.
 *
 * <p>Failures of the store itself surface as {@link vn.congdanso.core.UnavailableException}
 * with {@link CallbackError#STORE_UNAVAILABLE}: the operation changed nothing.
 */
public interface CallbackStore {

    /**
     * Stores a new PENDING order.
     *
     * @param gateway the only gateway that may settle it, or empty for any
     * @throws vn.congdanso.core.RejectedException {@link CallbackError#DUPLICATE_ORDER} when the
     *         reference exists, {@link CallbackError#BAD_ORDER} for an empty or over-long
     *         reference or a zero amount
     */
    Order createOrder(String ref, Vnd amount, Optional<Gateway> gateway, Instant now);

    /** The order {@code ref}, read outside any transaction. */
    Optional<Order> findOrder(String ref);

    /** Up to {@code limit} PENDING orders created before {@code cutoff}, oldest first. */
    List<Order> pendingBefore(Instant cutoff, int limit);

    /** The audit entries naming {@code orderRef}, oldest first. */
    List<AuditEntry> auditTrail(String orderRef);

    /** How many audit entries there are in all. */
    long auditCount();

    /** Appends {@code entry} in a transaction of its own. */
    void audit(AuditEntry entry);

    /**
     * Runs {@code work} in one transaction: commits when it returns, rolls back every change
     * when it throws, and rethrows.
     */
    <T> T transact(Work<T> work);

    /** A unit of work inside {@link #transact}. */
    @FunctionalInterface
    interface Work<T> {

        /** Does the work with {@code tx}. */
        T run(Transaction tx);
    }

    /** The operations one transaction may do. Valid only inside its {@link #transact} call. */
    interface Transaction {

        /** Reads {@code ref} and locks it until the transaction ends (SELECT … FOR UPDATE). */
        Optional<Order> lockOrder(String ref);

        /**
         * Inserts {@code order} unless its reference exists; concurrent callers never fail.
         *
         * @return whether this call inserted it; if so, it is locked like {@link #lockOrder}
         */
        boolean insertOrderIfAbsent(Order order);

        /**
         * Writes {@code settled} (status, gateway, transaction id, payment count, update time)
         * over its order if and only if the stored order is still PENDING.
         *
         * @return whether it was written
         */
        boolean settle(Order settled);

        /**
         * Appends {@code entry} and {@link #settle settles} {@code settled}, possibly in one round
         * trip. When it returns {@code false} the order was not written and the entry may or may
         * not have been: the caller must roll the transaction back.
         *
         * @return whether the order was written
         */
        default boolean settleAndAudit(Order settled, AuditEntry entry) {
            audit(entry);
            return settle(settled);
        }

        /**
         * The common case in one step: if the order {@code callback} names is PENDING, expects
         * exactly {@code callback}'s amount and may be settled by its gateway, moves it to
         * {@code callback}'s status with its transaction id (one more payment when PAID, update
         * time {@code now}) and appends {@code entry}, possibly in one round trip. Otherwise it
         * writes nothing and the caller decides the slow way ({@link #lockOrder}).
         *
         * <p>The default locks the order and {@link #settleAndAudit settles} it; a store may
         * instead run one conditional update, which the database makes exactly-once.
         *
         * @return the order as settled, or empty when nothing was written
         * @throws IllegalStateException when the order changed under its lock (roll back)
         */
        default Optional<Order> settleIfPending(VerifiedCallback callback, Instant now, AuditEntry entry) {
            if (callback.status() == PaymentStatus.PENDING || !StoreChecks.isStorableRef(callback.orderRef())) {
                return Optional.empty();
            }
            Optional<Order> pending = lockOrder(callback.orderRef())
                    .filter(order -> order.status() == PaymentStatus.PENDING)
                    .filter(order -> order.amount().equals(callback.amount()))
                    .filter(order -> order.gateway().map(gateway -> gateway == callback.gateway()).orElse(true));
            if (pending.isEmpty()) {
                return Optional.empty();
            }
            Order settled = StoreChecks.settled(pending.get(), callback.gateway(), callback.status(),
                    callback.transactionId(), now);
            if (!settleAndAudit(settled, entry)) {
                throw new IllegalStateException("order " + settled.ref() + " changed under its lock");
            }
            return Optional.of(settled);
        }

        /**
         * Inserts {@code settled}, an order that arrives already settled (the app's lookup gave it
         * and the first callback settles it), unless its reference exists, and appends
         * {@code entry} with it, possibly in one round trip. Concurrent callers never fail: the
         * database's unique key lets exactly one insert.
         *
         * @return whether this call inserted it; when false nothing was written
         */
        default boolean insertSettledIfAbsent(Order settled, AuditEntry entry) {
            if (!insertOrderIfAbsent(settled)) {
                return false;
            }
            audit(entry);
            return true;
        }

        /** Marks {@code ref} for review; with {@code extraPayment}, counts one more payment. */
        void flag(String ref, boolean extraPayment, Instant now);

        /** Appends {@code entry}; it commits or rolls back with the transaction. */
        void audit(AuditEntry entry);

        /** The JDBC connection of this transaction, for the handler's own writes; empty if none. */
        Optional<Connection> connection();
    }
}
