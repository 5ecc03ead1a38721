package vn.congdanso.onestop.fees.sandbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.congdanso.core.Vnd;
import vn.congdanso.onestop.desk.DeskDefaults;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.PaymentStatus;

/**
 * The sandbox gateway's own record ({@code fee_sandbox_payments}): one row per gateway and
 * order. A payment settles once, by a conditional {@code UPDATE … WHERE status = 'PENDING'}.
 */
@Repository
@ConditionalOnProperty(name = DeskDefaults.SANDBOX, havingValue = "true")
class SandboxPayments {

    private static final String COLUMNS = "gateway, order_ref, amount, order_info, return_url, request_key, status, "
            + "transaction_no, created_at, settled_at";

    private final JdbcTemplate jdbc;

    SandboxPayments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records {@code payment}; when the order already has one that is still PENDING (the payer
     * came back with a new payment URL or request), that one takes the new request's details.
     *
     * @return the payment as recorded
     */
    SandboxPayment open(SandboxPayment payment) {
        try {
            jdbc.update("INSERT INTO fee_sandbox_payments (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL)",
                    key(payment.gateway()), payment.orderRef(), payment.amount().dong(), payment.orderInfo(),
                    payment.returnUrl(), payment.requestKey(), PaymentStatus.PENDING.name(), timestamp(payment.createdAt()));
        } catch (DuplicateKeyException e) {
            jdbc.update("UPDATE fee_sandbox_payments SET amount = ?, order_info = ?, return_url = ?, request_key = ? "
                    + "WHERE gateway = ? AND order_ref = ? AND status = 'PENDING'", payment.amount().dong(),
                    payment.orderInfo(), payment.returnUrl(), payment.requestKey(), key(payment.gateway()),
                    payment.orderRef());
        }
        return find(payment.gateway(), payment.orderRef()).orElseThrow();
    }

    Optional<SandboxPayment> find(Gateway gateway, String orderRef) {
        return jdbc.query("SELECT " + COLUMNS + " FROM fee_sandbox_payments WHERE gateway = ? AND order_ref = ?",
                SandboxPayments::row, key(gateway), orderRef).stream().findFirst();
    }

    /**
     * Settles a PENDING payment.
     *
     * @return whether this call settled it (false: it was settled before, or does not exist)
     */
    boolean settle(Gateway gateway, String orderRef, PaymentStatus status, String transactionNo, Instant now) {
        return jdbc.update("UPDATE fee_sandbox_payments SET status = ?, transaction_no = ?, settled_at = ? "
                + "WHERE gateway = ? AND order_ref = ? AND status = 'PENDING'", status.name(), transactionNo,
                timestamp(now), key(gateway), orderRef) == 1;
    }

    private static SandboxPayment row(ResultSet rs, int index) throws SQLException {
        OffsetDateTime settled = rs.getObject("settled_at", OffsetDateTime.class);
        return new SandboxPayment(Gateway.valueOf(rs.getString("gateway").toUpperCase(Locale.ROOT)),
                rs.getString("order_ref"), Vnd.of(rs.getLong("amount")), rs.getString("order_info"),
                rs.getString("return_url"), rs.getString("request_key"), PaymentStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("transaction_no")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(settled).map(OffsetDateTime::toInstant));
    }

    private static String key(Gateway gateway) {
        return gateway.name().toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
