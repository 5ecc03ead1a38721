package vn.congdanso.onestop.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.congdanso.identity.oidc.QrLoginSession;
import vn.congdanso.identity.oidc.QrLoginStatus;

/**
 * QR-login sessions in the table {@code signin_qr_login}, shared by the desk that shows the QR
 * and the phone that signs in through it. Every transition is a conditional {@code UPDATE} on the
 * state (and, for the live states, on the expiry), so a race between approval, denial and expiry,
 * or two desks claiming one approval, has exactly one winner. An approved row keeps the citizen's
 * name and masked ID number only, never the full number; the QR payload is not stored.
 */
@Component
class QrLogins {

    private static final String LIVE = "status IN ('CREATED', 'SCANNED')";

    private final JdbcTemplate jdbc;

    QrLogins(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored session with the citizen who approved it, if anyone has. */
    record Stored(QrLoginSession session, Optional<SignedInCitizen> citizen, boolean claimed) {
    }

    void create(QrLoginSession session) {
        jdbc.update("DELETE FROM signin_qr_login WHERE expires_at < ?",
                session.createdAt().minus(Duration.ofHours(1)).toEpochMilli());
        jdbc.update("INSERT INTO signin_qr_login (id, status, created_at, expires_at, poll_millis) VALUES (?, ?, ?, ?, ?)",
                session.id(), session.status().name(), session.createdAt().toEpochMilli(),
                session.expiresAt().toEpochMilli(), session.pollInterval().toMillis());
    }

    /** The session {@code id}; {@code payload} is what its QR shows (rebuilt by the caller, never stored). */
    Optional<Stored> find(String id, String payload) {
        return jdbc.query("SELECT status, created_at, expires_at, poll_millis, subject, full_name, masked_id,"
                + " assurance_level, approved_at, claimed_at FROM signin_qr_login WHERE id = ?", (row, number) -> {
                    QrLoginSession session = new QrLoginSession(id, payload, QrLoginStatus.valueOf(row.getString(1)),
                            Instant.ofEpochMilli(row.getLong(2)), Instant.ofEpochMilli(row.getLong(3)),
                            Duration.ofMillis(row.getLong(4)));
                    String subject = row.getString(5);
                    Optional<SignedInCitizen> citizen = subject == null ? Optional.empty()
                            : Optional.of(new SignedInCitizen(subject, row.getString(6), row.getString(7), row.getString(8),
                                    Instant.ofEpochMilli(row.getLong(9)), true));
                    return new Stored(session, citizen, row.getObject(10) != null);
                }, id).stream().findFirst();
    }

    /** Whether session {@code id} can still be approved or denied: CREATED or SCANNED, and not past its expiry. */
    boolean live(String id, Instant now) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM signin_qr_login WHERE id = ? AND " + LIVE
                + " AND expires_at > ?", Integer.class, id, now.toEpochMilli());
        return count != null && count == 1;
    }

    /** CREATED → SCANNED while live; whether this call made the move. */
    boolean scanned(String id, Instant now) {
        return jdbc.update("UPDATE signin_qr_login SET status = 'SCANNED' WHERE id = ? AND status = 'CREATED'"
                + " AND expires_at > ?", id, now.toEpochMilli()) == 1;
    }

    /** A live session → APPROVED by {@code citizen}; whether this call made the move. */
    boolean approve(String id, SignedInCitizen citizen, Instant now) {
        return jdbc.update("UPDATE signin_qr_login SET status = 'APPROVED', subject = ?, full_name = ?, masked_id = ?,"
                + " assurance_level = ?, approved_at = ? WHERE id = ? AND " + LIVE + " AND expires_at > ?",
                citizen.subject(), citizen.fullName(), citizen.maskedId(), citizen.assuranceLevel(), now.toEpochMilli(),
                id, now.toEpochMilli()) == 1;
    }

    /** A live session → DENIED; whether this call made the move. */
    boolean deny(String id, Instant now) {
        return jdbc.update("UPDATE signin_qr_login SET status = 'DENIED' WHERE id = ? AND " + LIVE + " AND expires_at > ?",
                id, now.toEpochMilli()) == 1;
    }

    /** A live session past its expiry → EXPIRED. */
    void expire(String id, Instant now) {
        jdbc.update("UPDATE signin_qr_login SET status = 'EXPIRED' WHERE id = ? AND " + LIVE + " AND expires_at <= ?",
                id, now.toEpochMilli());
    }

    /** Marks an approval as taken by the desk; true for the one caller that takes it. */
    boolean claim(String id, Instant now) {
        return jdbc.update("UPDATE signin_qr_login SET claimed_at = ? WHERE id = ? AND status = 'APPROVED'"
                + " AND claimed_at IS NULL", now.toEpochMilli(), id) == 1;
    }
}
