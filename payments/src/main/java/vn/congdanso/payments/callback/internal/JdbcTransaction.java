package vn.congdanso.payments.callback.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.callback.AuditEntry;
import vn.congdanso.payments.callback.CallbackStore;
import vn.congdanso.payments.callback.Order;

/** One open JDBC transaction of the callback store. Confined to the thread that runs it. */
final class JdbcTransaction implements CallbackStore.Transaction {

    private static final String LOCK_ORDER = Sql.SELECT_ORDER + " FOR UPDATE";
    private static final String SETTLE = "UPDATE congdanso_orders SET status = ?, gateway = ?, transaction_id = ?,"
            + " payment_count = ?, updated_at = ? WHERE order_ref = ? AND status = 'PENDING'";
    private static final String FLAG = "UPDATE congdanso_orders SET flagged = TRUE,"
            + " payment_count = payment_count + ?, updated_at = ? WHERE order_ref = ?";

    private final Connection connection;
    private final Dialect dialect;
    private final int timeoutSeconds;

    JdbcTransaction(Connection connection, Dialect dialect, int timeoutSeconds) {
        this.connection = connection;
        this.dialect = dialect;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public Optional<Order> lockOrder(String ref) {
        if (ref.length() > Sql.MAX_ID) {
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
            statement.setString(1, settled.status().name());
            statement.setString(2, settled.gateway().map(Gateway::name).orElse(null));
            statement.setString(3, settled.transactionId().map(Sql::clip).orElse(null));
            statement.setInt(4, settled.paymentCount());
            statement.setObject(5, Sql.timestamp(settled.updatedAt()));
            statement.setString(6, settled.ref());
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
        statement.setString(1, entry.gateway().name());
        statement.setString(2, entry.source().name());
        statement.setString(3, entry.orderRef().map(Sql::clip).orElse(null));
        statement.setString(4, entry.transactionId().map(Sql::clip).orElse(null));
        statement.setBoolean(5, entry.verified());
        statement.setString(6, entry.outcome().name());
        statement.setObject(7, Sql.timestamp(entry.receivedAt()));
        statement.setString(8, entry.payload());
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setQueryTimeout(timeoutSeconds);
        return statement;
    }
}
