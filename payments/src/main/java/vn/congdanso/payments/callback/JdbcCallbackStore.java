package vn.congdanso.payments.callback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import vn.congdanso.core.Vnd;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.callback.internal.JdbcStore;

import static java.util.Objects.requireNonNull;

/**
 * The production {@link CallbackStore}: tables in the app's own database, reached through a
 * {@link DataSource} the app supplies (any pool, or none). Runs on H2 2.x and PostgreSQL.
 * Several app instances may share one database: exactly-once comes from the database (a
 * primary key per order, {@code SELECT … FOR UPDATE}, a conditional {@code UPDATE … WHERE
 * status = 'PENDING'}), never from JVM locks. Immutable and thread-safe.
 *
 * <p>The schema ships in the jar as versioned scripts under
 * {@code vn/congdanso/payments/callback/db/} ({@code V1__callbacks.sql}, …), named the way
 * Flyway expects; apps that migrate with Flyway or Liquibase may take them from there instead
 * of calling {@link #migrate()}. Tables: {@code congdanso_orders},
 * {@code congdanso_callback_audit} and, for {@link #migrate()}, {@code congdanso_schema_version}.
 *
 * <p>Durability is the database's. H2 in file mode by default acknowledges a commit up to
 * 500 ms before writing it ({@code WRITE_DELAY}), so a crash right after the gateway heard
 * "applied" would lose a payment it will never deliver again. The store therefore, on its
 * first use of an H2 file database, runs {@code SET WRITE_DELAY 0} (a persistent setting of
 * that database, logged at INFO) and, when its user lacks the admin right to do so, refuses
 * every operation with {@link CallbackError#UNSUPPORTED_DATABASE} until an admin has run it
 * (or connected once with {@code ;WRITE_DELAY=0} in the URL). In-memory H2 is left alone.
 */
public final class JdbcCallbackStore implements CallbackStore {

    private final JdbcStore jdbc;
    private final Clock clock;

    private JdbcCallbackStore(Builder builder) {
        this.jdbc = new JdbcStore(requireNonNull(builder.dataSource, "dataSource not set"),
                Math.toIntExact(Math.max(1, builder.statementTimeout.toSeconds())));
        this.clock = builder.clock;
    }

    /** A builder; the data source is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates or upgrades the tables. Safe to call from every instance at start-up, at the same
     * time: scripts are idempotent and each is recorded once in {@code congdanso_schema_version}.
     *
     * @return how many scripts this call applied (0 when the schema was current)
     * @throws vn.congdanso.core.RejectedException {@link CallbackError#UNSUPPORTED_SCHEMA} when
     *         the database holds a newer schema, {@link CallbackError#UNSUPPORTED_DATABASE}
     *         when it is neither H2 nor PostgreSQL
     */
    public int migrate() {
        return jdbc.migrate(clock.instant());
    }

    /** Stores a new PENDING order that any gateway may settle, created now. */
    public Order createOrder(String ref, Vnd amount) {
        return createOrder(ref, amount, Optional.empty(), clock.instant());
    }

    @Override
    public Order createOrder(String ref, Vnd amount, Optional<Gateway> gateway, Instant now) {
        Order order = StoreChecks.newOrder(ref, amount, gateway, now);
        jdbc.insertNew(order);
        return order;
    }

    @Override
    public Optional<Order> findOrder(String ref) {
        return jdbc.findOrder(requireNonNull(ref, "ref == null"));
    }

    @Override
    public List<Order> pendingBefore(Instant cutoff, int limit) {
        return jdbc.pendingBefore(requireNonNull(cutoff, "cutoff == null"), limit);
    }

    @Override
    public List<AuditEntry> auditTrail(String orderRef) {
        return jdbc.auditTrail(requireNonNull(orderRef, "orderRef == null"));
    }

    @Override
    public long auditCount() {
        return jdbc.auditCount();
    }

    @Override
    public void audit(AuditEntry entry) {
        jdbc.audit(requireNonNull(entry, "entry == null"));
    }

    @Override
    public <T> T transact(Work<T> work) {
        return jdbc.transact(requireNonNull(work, "work == null"));
    }

    /** Builds a {@link JdbcCallbackStore}. Not thread-safe. */
    public static final class Builder {

        private DataSource dataSource;
        private Duration statementTimeout = Duration.ofSeconds(10);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** Where the tables live. Required; the store borrows a connection per operation. */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = requireNonNull(dataSource, "dataSource == null");
            return this;
        }

        /**
         * How long one statement may run before it fails; default 10 s, at least 1 s. On
         * PostgreSQL every statement gets it ({@code Statement.setQueryTimeout}). On H2 the store
         * does not set it: H2 keeps one query timeout per session, and setting it makes every
         * session of the database compile its statements again; there H2's {@code LOCK_TIMEOUT}
         * (2 s unless the app changes it) bounds the store's only waits, on rows another
         * transaction holds.
         */
        public Builder statementTimeout(Duration timeout) {
            requireNonNull(timeout, "timeout == null");
            if (timeout.isNegative() || timeout.isZero() || timeout.toSeconds() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("statement timeout must be positive");
            }
            this.statementTimeout = timeout;
            return this;
        }

        /** The clock for {@link #createOrder(String, Vnd)} and migration records; default UTC. */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock == null");
            return this;
        }

        /** The store; touches no connection until first used. */
        public JdbcCallbackStore build() {
            return new JdbcCallbackStore(this);
        }
    }
}
