package vn.congdanso.payments.callback.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import vn.congdanso.core.RejectedException;
import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.callback.AuditEntry;
import vn.congdanso.payments.callback.CallbackError;
import vn.congdanso.payments.callback.CallbackStore;
import vn.congdanso.payments.callback.Order;

/**
 * The JDBC callback store behind {@code JdbcCallbackStore}: one connection per operation,
 * borrowed from the app's {@link DataSource} and returned at once. Thread-safe.
 */
public final class JdbcStore {

    private static final String PENDING = "SELECT " + Sql.ORDER_COLUMNS + " FROM congdanso_orders"
            + " WHERE status = 'PENDING' AND created_at < ? ORDER BY created_at FETCH FIRST ? ROWS ONLY";
    private static final String AUDIT_TRAIL = "SELECT " + Sql.AUDIT_COLUMNS + " FROM congdanso_callback_audit"
            + " WHERE order_ref = ? ORDER BY id";

    private final DataSource dataSource;
    private final int timeoutSeconds;
    private volatile Dialect dialect;

    /** A store over {@code dataSource} whose statements time out after {@code timeoutSeconds}. */
    public JdbcStore(DataSource dataSource, int timeoutSeconds) {
        this.dataSource = dataSource;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Applies the schema scripts not yet applied; returns how many this call applied. */
    public int migrate(Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            return Migrator.migrate(connection, dialect(connection), now);
        } catch (SQLException e) {
            throw Sql.unavailable(e);
        }
    }

    /** Inserts a new order; a duplicate reference is refused. */
    public void insertNew(Order order) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(ready(connection), Sql.INSERT_ORDER)) {
            Sql.bindOrder(statement, order);
            statement.executeUpdate();
        } catch (SQLException e) {
            if (Dialect.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new RejectedException(CallbackError.DUPLICATE_ORDER, "order " + order.ref() + " exists");
            }
            throw Sql.unavailable(e);
        }
    }

    /** The order {@code ref}. */
    public Optional<Order> findOrder(String ref) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, Sql.SELECT_ORDER)) {
            statement.setString(1, ref);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(Sql.readOrder(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Sql.unavailable(e);
        }
    }

    /** Up to {@code limit} PENDING orders created before {@code cutoff}, oldest first. */
    public List<Order> pendingBefore(Instant cutoff, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, PENDING)) {
            statement.setObject(1, Sql.timestamp(cutoff));
            statement.setInt(2, limit);
            List<Order> orders = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    orders.add(Sql.readOrder(rows));
                }
            }
            return orders;
        } catch (SQLException e) {
            throw Sql.unavailable(e);
        }
    }

    /** The audit entries naming {@code orderRef}, oldest first. */
    public List<AuditEntry> auditTrail(String orderRef) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, AUDIT_TRAIL)) {
            statement.setString(1, orderRef);
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(readAudit(rows));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw Sql.unavailable(e);
        }
    }

    /** How many audit entries exist. */
    public long auditCount() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, "SELECT COUNT(*) FROM congdanso_callback_audit");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw Sql.unavailable(e);
        }
    }

    /** Appends {@code entry} in its own transaction. */
    public void audit(AuditEntry entry) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(ready(connection), Sql.INSERT_AUDIT)) {
            JdbcTransaction.bindAudit(statement, entry);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw Sql.unavailable(e);
        }
    }

    /** Runs {@code work} in one transaction, committed if it returns and rolled back if it throws. */
    public <T> T transact(CallbackStore.Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(new JdbcTransaction(connection, dialect(connection), timeoutSeconds));
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw Sql.unavailable(e);
        }
    }

    /**
     * The database's dialect, detected on the first connection; on H2 the first connection also
     * makes a file database write every commit before acknowledging it ({@link H2Durability}).
     */
    private Dialect dialect(Connection connection) throws SQLException {
        Dialect known = dialect;
        if (known == null) {
            known = Dialect.of(connection);
            if (known == Dialect.H2) {
                H2Durability.ensure(connection);
            }
            dialect = known;
        }
        return known;
    }

    /** {@code connection}, after the first-use checks of {@link #dialect(Connection)}. */
    private Connection ready(Connection connection) throws SQLException {
        dialect(connection);
        return connection;
    }

    private PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        Dialect known = dialect;
        if ((known != null ? known : Dialect.of(connection)).timesOutPerStatement()) {
            statement.setQueryTimeout(timeoutSeconds);
        }
        return statement;
    }

    private static void rollbackQuietly(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static AuditEntry readAudit(ResultSet rows) throws SQLException {
        return new AuditEntry(Gateway.valueOf(rows.getString("gateway")),
                AuditEntry.Source.valueOf(rows.getString("source")),
                Optional.ofNullable(rows.getString("order_ref")),
                Optional.ofNullable(rows.getString("transaction_id")),
                rows.getBoolean("verified"),
                CallbackOutcome.valueOf(rows.getString("outcome")),
                Sql.instant(rows, "received_at"),
                rows.getString("payload"));
    }
}
