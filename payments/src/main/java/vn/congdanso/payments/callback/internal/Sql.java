package vn.congdanso.payments.callback.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import vn.congdanso.core.UnavailableException;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.callback.CallbackError;
import vn.congdanso.payments.callback.Order;

/** Column lists, statements and conversions shared by the JDBC store's parts. */
final class Sql {

    static final String ORDER_COLUMNS = "order_ref, gateway, amount, status, transaction_id, payment_count, flagged,"
            + " created_at, updated_at";
    static final String INSERT_ORDER = "INSERT INTO congdanso_orders (" + ORDER_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String SELECT_ORDER = "SELECT " + ORDER_COLUMNS + " FROM congdanso_orders WHERE order_ref = ?";
    static final String AUDIT_COLUMNS = "gateway, source, order_ref, transaction_id, verified, outcome, received_at,"
            + " payload";
    static final String INSERT_AUDIT = "INSERT INTO congdanso_callback_audit (" + AUDIT_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    /** The widest reference or transaction id a column holds. */
    static final int MAX_ID = 100;

    private Sql() {
    }

    /** A store failure: nothing changed, the caller may retry. */
    static UnavailableException unavailable(SQLException e) {
        return new UnavailableException(CallbackError.STORE_UNAVAILABLE,
                "callback store failed (SQLState " + e.getSQLState() + ")", e);
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** {@code value} cut to the width of an id column. */
    static String clip(String value) {
        return value.length() > MAX_ID ? value.substring(0, MAX_ID) : value;
    }

    static void bindOrder(PreparedStatement statement, Order order) throws SQLException {
        statement.setString(1, order.ref());
        statement.setString(2, order.gateway().map(Gateway::name).orElse(null));
        statement.setLong(3, order.amount().dong());
        statement.setString(4, order.status().name());
        statement.setString(5, order.transactionId().orElse(null));
        statement.setInt(6, order.paymentCount());
        statement.setBoolean(7, order.flagged());
        statement.setObject(8, timestamp(order.createdAt()));
        statement.setObject(9, timestamp(order.updatedAt()));
    }

    static Order readOrder(ResultSet rows) throws SQLException {
        return new Order(rows.getString("order_ref"),
                Optional.ofNullable(rows.getString("gateway")).map(Gateway::valueOf),
                Vnd.of(rows.getLong("amount")),
                PaymentStatus.valueOf(rows.getString("status")),
                Optional.ofNullable(rows.getString("transaction_id")),
                rows.getInt("payment_count"),
                rows.getBoolean("flagged"),
                instant(rows, "created_at"),
                instant(rows, "updated_at"));
    }
}
