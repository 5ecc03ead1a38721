package vn.congdanso.payments.callback.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.VerifiedCallback;
import vn.congdanso.payments.callback.AuditEntry;
import vn.congdanso.payments.callback.CallbackStore;
import vn.congdanso.payments.callback.Order;

/** One open JDBC transaction of the callback store. Confined to the thread that runs it. */
final class JdbcTransaction implements CallbackStore.Transaction {

    private static final String LOCK_ORDER = Sql.SELECT_ORDER + " FOR UPDATE";
    private static final String ORDER_EXISTS = "SELECT 1 FROM congdanso_orders WHERE order_ref = ?";
    private static final String SETTLE = "UPDATE congdanso_orders SET status = ?, gateway = ?, transaction_id = ?,"
            + " payment_count = ?, updated_at = ? WHERE order_ref = ? AND status = 'PENDING'";
    private static final String SETTLE_AND_AUDIT = "WITH settled AS (" + SETTLE + " RETURNING order_ref)"
            + " INSERT INTO congdanso_callback_audit (" + Sql.AUDIT_COLUMNS + ")"
            + " SELECT ?, ?, ?, ?, ?, ?, ?, ? FROM settled";
    /** The fast path's conditional update: only a PENDING order of that amount a gateway may settle. */
    private static final String SETTLE_PENDING = "UPDATE congdanso_orders SET status = ?, gateway = ?,"
            + " transaction_id = ?, payment_count = payment_count + ?, updated_at = ?"
            + " WHERE order_ref = ? AND status = 'PENDING' AND amount = ? AND (gateway IS NULL OR gateway = ?)";
    private static final String AUDIT_VALUES = "SELECT ?, ?, ?, ?, ?, ?, ?, ?";
    /** PostgreSQL: the update, its audit entry fed by the updated row, and that row, in one statement. */
    private static final String SETTLE_PENDING_AND_AUDIT = "WITH settled AS (" + SETTLE_PENDING + " RETURNING "
            + Sql.ORDER_COLUMNS + "), audited AS (INSERT INTO congdanso_callback_audit (" + Sql.AUDIT_COLUMNS + ") "
            + AUDIT_VALUES + " FROM settled) SELECT " + Sql.ORDER_COLUMNS + " FROM settled";
    /** H2: the update and the updated row in one statement (a data change delta table). */
    private static final String SETTLE_PENDING_RETURNING = "SELECT " + Sql.ORDER_COLUMNS + " FROM FINAL TABLE ("
            + SETTLE_PENDING + ")";
    private static final int SETTLE_PENDING_PARAMETERS = 8;
    /** PostgreSQL: the insert of an order that arrives settled, and its audit entry if it was inserted. */
    private static final String INSERT_SETTLED_AND_AUDIT = "WITH inserted AS (" + Sql.INSERT_ORDER
            + " ON CONFLICT (order_ref) DO NOTHING RETURNING order_ref) INSERT INTO congdanso_callback_audit ("
            + Sql.AUDIT_COLUMNS + ") " + AUDIT_VALUES + " FROM inserted";
    private static final int ORDER_PARAMETERS = 9;
    private static final String FLAG = "UPDATE congdanso_orders SET flagged = TRUE,"
            + " payment_count = payment_count + ?, updated_at = ? WHERE order_ref = ?";

    private static final int SETTLE_PARAMETERS = 6;

    private final Connection connection;
    private final Dialect dialect;
    private final int timeoutSeconds;

    JdbcTransaction(Connection connection, Dialect dialect, int timeoutSeconds) {
        this.connection = connection;
        this.dialect = dialect;
        this.timeoutSeconds = timeoutSeconds;
    }

    /**
     * {@code SELECT … FOR UPDATE}. On H2, which compiles a locking query anew every time (it
     * keeps only non-locking ones), a plain read goes first and the lock is taken only when the
     * order exists: an absent row is not locked on either database, and whoever inserts it
     * meets the primary key.
     */
    @Override
    public Optional<Order> lockOrder(String ref) {
        if (ref.length() > Sql.MAX_ID) {
            return Optional.empty();
        }
        if (dialect.probesBeforeLocking() && !exists(ref)) {
            return Optional.empty();
        }
        try (PreparedStatement statement = prepare(LOCK_ORDER)) {
            statement.setString(1, ref);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(Sql.readOrder(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Sql.unavailable(e);
        }
    }

    private boolean exists(String ref) {
        try (PreparedStatement statement = prepare(ORDER_EXISTS)) {
            statement.setString(1, ref);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw Sql.unavailable(e);
        }
    }

    @Override
    public boolean insertOrderIfAbsent(Order order) {
        String sql = dialect.insertsWithOnConflict() ? Sql.INSERT_ORDER + " ON CONFLICT (order_ref) DO NOTHING"
                : Sql.INSERT_ORDER;
        try (PreparedStatement statement = prepare(sql)) {
            Sql.bindOrder(statement, order);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            if (!Dialect.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw Sql.unavailable(e);
            }
            return false;
        }
    }

    @Override
    public boolean settle(Order settled) {
        try (PreparedStatement statement = prepare(SETTLE)) {
            bindSettled(statement, settled);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Sql.unavailable(e);
        }
    }

    /**
     * On PostgreSQL one statement: the conditional update, and the audit insert fed by its
     * {@code RETURNING} row, so nothing is appended unless the order was written. H2 has no
     * data-modifying {@code WITH}; there it is the two statements.
     */
    @Override
    public boolean settleAndAudit(Order settled, AuditEntry entry) {
        if (!dialect.chainsWrites()) {
            audit(entry);
            return settle(settled);
        }
        try (PreparedStatement statement = prepare(SETTLE_AND_AUDIT)) {
            bindSettled(statement, settled);
            bindAudit(statement, SETTLE_PARAMETERS, entry);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Sql.unavailable(e);
        }
    }

    /**
     * The fast path: one conditional UPDATE, which the database makes exactly-once. On
     * PostgreSQL the update, the audit insert fed by its {@code RETURNING} row and that row come
     * back from one statement; on H2 the update returns its row ({@code FINAL TABLE}) and the
     * audit entry follows only when a row was written.
     */
    @Override
    public Optional<Order> settleIfPending(VerifiedCallback callback, Instant now, AuditEntry entry) {
        if (callback.status() == PaymentStatus.PENDING || callback.orderRef().length() > Sql.MAX_ID) {
            return Optional.empty();
        }
        String sql = dialect.chainsWrites() ? SETTLE_PENDING_AND_AUDIT : SETTLE_PENDING_RETURNING;
        Optional<Order> settled;
        try (PreparedStatement statement = prepare(sql)) {
            statement.setString(1, callback.status().name());
            statement.setString(2, callback.gateway().name());
            statement.setString(3, callback.transactionId().isEmpty() ? null : Sql.clip(callback.transactionId()));
            statement.setInt(4, callback.paid() ? 1 : 0);
            statement.setObject(5, Sql.timestamp(now));
            statement.setString(6, callback.orderRef());
            statement.setLong(7, callback.amount().dong());
            statement.setString(SETTLE_PENDING_PARAMETERS, callback.gateway().name());
            if (dialect.chainsWrites()) {
                bindAudit(statement, SETTLE_PENDING_PARAMETERS, entry);
            }
            try (ResultSet rows = statement.executeQuery()) {
                settled = rows.next() ? Optional.of(Sql.readOrder(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Sql.unavailable(e);
        }
        if (settled.isPresent() && !dialect.chainsWrites()) {
            audit(entry);
        }
        return settled;
    }

    /** One statement on PostgreSQL (the audit insert fed by the order insert's row); two on H2. */
    @Override
    public boolean insertSettledIfAbsent(Order settled, AuditEntry entry) {
        if (!dialect.chainsWrites()) {
            if (!insertOrderIfAbsent(settled)) {
                return false;
            }
            audit(entry);
            return true;
        }
        try (PreparedStatement statement = prepare(INSERT_SETTLED_AND_AUDIT)) {
            Sql.bindOrder(statement, settled);
            bindAudit(statement, ORDER_PARAMETERS, entry);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Sql.unavailable(e);
        }
    }

    @Override
    public void flag(String ref, boolean extraPayment, Instant now) {
        try (PreparedStatement statement = prepare(FLAG)) {
            statement.setInt(1, extraPayment ? 1 : 0);
            statement.setObject(2, Sql.timestamp(now));
            statement.setString(3, ref);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw Sql.unavailable(e);
        }
    }

    @Override
    public void audit(AuditEntry entry) {
        try (PreparedStatement statement = prepare(Sql.INSERT_AUDIT)) {
            bindAudit(statement, entry);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw Sql.unavailable(e);
        }
    }

    @Override
    public Optional<Connection> connection() {
        return Optional.of(connection);
    }

    static void bindAudit(PreparedStatement statement, AuditEntry entry) throws SQLException {
        bindAudit(statement, 0, entry);
    }

    /** Binds {@code entry} to the eight parameters after the first {@code skip}. */
    private static void bindAudit(PreparedStatement statement, int skip, AuditEntry entry) throws SQLException {
        statement.setString(skip + 1, entry.gateway().name());
        statement.setString(skip + 2, entry.source().name());
        statement.setString(skip + 3, entry.orderRef().map(Sql::clip).orElse(null));
        statement.setString(skip + 4, entry.transactionId().map(Sql::clip).orElse(null));
        statement.setBoolean(skip + 5, entry.verified());
        statement.setString(skip + 6, entry.outcome().name());
        statement.setObject(skip + 7, Sql.timestamp(entry.receivedAt()));
        statement.setString(skip + 8, entry.payload());
    }

    private static void bindSettled(PreparedStatement statement, Order settled) throws SQLException {
        statement.setString(1, settled.status().name());
        statement.setString(2, settled.gateway().map(Gateway::name).orElse(null));
        statement.setString(3, settled.transactionId().map(Sql::clip).orElse(null));
        statement.setInt(4, settled.paymentCount());
        statement.setObject(5, Sql.timestamp(settled.updatedAt()));
        statement.setString(SETTLE_PARAMETERS, settled.ref());
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        if (dialect.timesOutPerStatement()) {
            statement.setQueryTimeout(timeoutSeconds);
        }
        return statement;
    }
}
