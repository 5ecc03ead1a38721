package vn.congdanso.onestop.signin.devprovider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.util.JSONObjectUtils;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The development provider's authorization codes, in the table {@code signin_dev_code}: 256
 * random bits, stored only as their SHA-256, valid for one minute and redeemable once. "Once"
 * is the database's word: a conditional {@code UPDATE} sets {@code used_at} only where it is
 * still null, so of two concurrent exchanges exactly one gets the row.
 */
@Component
@ConditionalOnBooleanProperty("onestop.signin.dev-provider")
class DevCodes {

    /** How long a code may wait for its exchange. */
    static final Duration LIFETIME = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DevCodes(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores {@code code}'s content and returns the code to hand to the browser. */
    String issue(IssuedCode code) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        jdbc.update("DELETE FROM signin_dev_code WHERE expires_at < ?", now.minus(Duration.ofHours(1)).toEpochMilli());
        jdbc.update("INSERT INTO signin_dev_code (code_hash, client_id, redirect_uri, code_challenge, nonce, subject, claims,"
                + " acr, auth_time, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                hash(value), code.clientId(), code.redirectUri(), code.codeChallenge(), code.nonce().orElse(null),
                code.subject(), JSONObjectUtils.toJSONString(code.claims()), code.acr(), code.authTime().toEpochMilli(),
                now.plus(LIFETIME).toEpochMilli());
        return value;
    }

    /** The code's content the first time it is redeemed within its lifetime; empty ever after. */
    Optional<IssuedCode> redeem(String code) {
        String hash = hash(code);
        long now = clock.millis();
        int redeemed = jdbc.update("UPDATE signin_dev_code SET used_at = ? WHERE code_hash = ? AND used_at IS NULL"
                + " AND expires_at > ?", now, hash, now);
        if (redeemed != 1) {
            return Optional.empty();
        }
        return jdbc.query("SELECT client_id, redirect_uri, code_challenge, nonce, subject, claims, acr, auth_time"
                + " FROM signin_dev_code WHERE code_hash = ?", (row, number) -> new IssuedCode(row.getString(1),
                row.getString(2), row.getString(3), Optional.ofNullable(row.getString(4)), row.getString(5),
                claims(row.getString(6)), row.getString(7), Instant.ofEpochMilli(row.getLong(8))), hash).stream().findFirst();
    }

    private static Map<String, Object> claims(String json) {
        try {
            return JSONObjectUtils.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored code's claims are not JSON", e);
        }
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
