package vn.congdanso.onestop.fees;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.congdanso.core.UnavailableException;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.crypto.RandomIds;
import vn.congdanso.core.time.VnTime;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.callback.CallbackError;
import vn.congdanso.payments.callback.CallbackStore;
import vn.congdanso.payments.callback.Order;
import vn.congdanso.qr.procedure.DossierCode;
import vn.congdanso.qr.procedure.FeePayment;

/**
 * The desk's fee orders ({@code fee_orders}) beside the callback store's orders. An order is
 * made in one store transaction: the store's PENDING order and the desk's row commit together,
 * so neither exists without the other. Its reference is {@code yyMMdd_} (the day in GMT+7) and
 * ten random letters or digits, which every gateway accepts, and which ZaloPay requires as the
 * form of its {@code app_trans_id}.
 */
@Repository
public class FeeOrders {

    /** The most orders one listing returns. */
    public static final int MAX_LIST = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT).withZone(VnTime.ZONE);
    private static final String COLUMNS = "ref, procedure_code, description, dossier_code, amount, status, gateway, "
            + "payment_count, paid_amount, created_at";
    private static final int ATTEMPTS = 3;

    private final CallbackStore store;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    FeeOrders(CallbackStore store, JdbcTemplate jdbc, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Makes a PENDING order of {@code input}, in the store and in the desk's table at once. */
    public FeeOrder create(NewFeeOrder input) {
        for (int attempt = 1; ; attempt++) {
            Instant now = clock.instant();
            String ref = DAY.format(now) + "_" + RandomIds.alphanumeric(10);
            Order order = new Order(ref, Optional.empty(), input.amount(), PaymentStatus.PENDING, Optional.empty(), 0,
                    false, now, now);
            boolean inserted = store.transact(tx -> tx.insertOrderIfAbsent(order) && insertRow(tx, order, input));
            if (inserted) {
                return new FeeOrder(ref, input.procedureCode().toString(), input.description(),
                        input.dossierCode().map(DossierCode::toString), input.amount(), PaymentStatus.PENDING,
                        Optional.empty(), 0, Vnd.ZERO, now);
            }
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("no free order reference after " + ATTEMPTS + " attempts");
            }
        }
    }

    /** The order {@code ref}. */
    public Optional<FeeOrder> find(String ref) {
        return jdbc.query("SELECT " + COLUMNS + " FROM fee_orders WHERE ref = ?", FeeOrders::row, ref).stream()
                .findFirst();
    }

    /**
     * Whether the payment store flagged order {@code ref} for a person to look at: a verified
     * answer disagreed with it (paid twice across gateways, paid after FAILED, another amount).
     */
    public boolean flagged(String ref) {
        return store.findOrder(ref).map(Order::flagged).orElse(false);
    }

    /** Up to {@code limit} orders (at most {@link #MAX_LIST}), newest first. */
    public List<FeeOrder> newest(int limit) {
        int bounded = Math.max(1, Math.min(limit, MAX_LIST));
        return jdbc.query("SELECT " + COLUMNS + " FROM fee_orders ORDER BY created_at DESC, ref DESC FETCH FIRST "
                + bounded + " ROWS ONLY", FeeOrders::row);
    }

    /** The fees paid for dossier {@code code}, oldest first: what its status reports as {@code feesPaid}. */
    public List<FeePayment> paidFor(DossierCode code) {
        return jdbc.query("SELECT description, paid_amount, settled_at FROM fee_orders WHERE dossier_code = ? "
                + "AND status = 'PAID' ORDER BY settled_at, ref FETCH FIRST " + MAX_LIST + " ROWS ONLY",
                (rs, index) -> new FeePayment(rs.getString("description"), Vnd.of(rs.getLong("paid_amount")),
                        rs.getObject("settled_at", OffsetDateTime.class).toInstant()),
                code.toString());
    }

    /** The day an order reference was made on ({@code yyMMdd}), as ZaloPay's {@code app_trans_id} starts. */
    static String dayOf(Instant instant) {
        return DAY.format(instant);
    }

    private static boolean insertRow(CallbackStore.Transaction tx, Order order, NewFeeOrder input) {
        Connection connection = tx.connection()
                .orElseThrow(() -> new IllegalStateException("fee orders need the JDBC callback store"));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO fee_orders (ref, procedure_code, "
                + "description, dossier_code, amount, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, order.ref());
            insert.setString(2, input.procedureCode().toString());
            insert.setString(3, input.description());
            insert.setString(4, input.dossierCode().map(DossierCode::toString).orElse(null));
            insert.setLong(5, order.amount().dong());
            insert.setObject(6, order.createdAt().atOffset(ZoneOffset.UTC));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new UnavailableException(CallbackError.STORE_UNAVAILABLE, "cannot record fee order " + order.ref(), e);
        }
    }

    private static FeeOrder row(ResultSet rs, int index) throws SQLException {
        String gateway = rs.getString("gateway");
        return new FeeOrder(rs.getString("ref"), rs.getString("procedure_code"), rs.getString("description"),
                Optional.ofNullable(rs.getString("dossier_code")), Vnd.of(rs.getLong("amount")),
                PaymentStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(gateway).map(name -> Gateway.valueOf(name.toUpperCase(Locale.ROOT))),
                rs.getInt("payment_count"), Vnd.of(rs.getLong("paid_amount")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
