package vn.congdanso.identity.oidc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.QrCode;
import vn.congdanso.qr.QrEncoder;
import vn.congdanso.qr.QrImage;

import static java.util.Objects.requireNonNull;

/**
 * One QR login: the provider shows a QR the citizen scans with the VNeID app while the page
 * polls the provider for the outcome. A state machine CREATED → SCANNED → APPROVED / DENIED /
 * EXPIRED (CREATED may also go straight to a final state); a session past its expiry reads as
 * EXPIRED whatever the provider reports afterwards. Immutable: each transition returns a new
 * session, so the app can keep it in its own session store. {@link #toString()} leaves out the
 * QR payload, which is a login secret.
 *
 * @param id           the provider's session id
 * @param payload      the text of the QR (a deep link for the VNeID app)
 * @param status       the current state
 * @param createdAt    when the QR was issued
 * @param expiresAt    when it stops being accepted
 * @param pollInterval how often the page should ask for the outcome
 */
public record QrLoginSession(String id, String payload, QrLoginStatus status, Instant createdAt, Instant expiresAt,
        Duration pollInterval) {

    /** Validates the components. */
    public QrLoginSession {
        requireNonNull(id, "id == null");
        requireNonNull(payload, "payload == null");
        requireNonNull(status, "status == null");
        requireNonNull(createdAt, "createdAt == null");
        requireNonNull(expiresAt, "expiresAt == null");
        requireNonNull(pollInterval, "pollInterval == null");
        if (!expiresAt.isAfter(createdAt)) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "a QR login must expire after it is created");
        }
        if (pollInterval.compareTo(Duration.ofMillis(500)) < 0 || pollInterval.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "pollInterval must be between 0.5 s and 1 min");
        }
    }

    /** A new session in state CREATED, valid for {@code lifetime} from now. */
    public static QrLoginSession start(String id, String payload, Duration lifetime, Duration pollInterval, Clock clock) {
        requireNonNull(lifetime, "lifetime == null");
        requireNonNull(pollInterval, "pollInterval == null");
        Instant now = requireNonNull(clock, "clock == null").instant();
        return new QrLoginSession(id, payload, QrLoginStatus.CREATED, now, now.plus(lifetime), pollInterval);
    }

    /**
     * The session as of now, moved to what the provider reports. Past its expiry a non-final
     * session becomes EXPIRED, whatever is reported. Reporting the current state again is a no-op.
     *
     * @throws RejectedException {@link OidcError#BAD_SESSION_STATE} for a transition the state machine forbids
     */
    public QrLoginSession observe(QrLoginStatus reported, Clock clock) {
        requireNonNull(reported, "reported == null");
        QrLoginSession current = expireIfDue(requireNonNull(clock, "clock == null"));
        if (reported == current.status || current.status == QrLoginStatus.EXPIRED) {
            return current;
        }
        if (!current.status.mayBecome(reported)) {
            throw new RejectedException(OidcError.BAD_SESSION_STATE,
                    "a QR login cannot go from " + current.status + " to " + reported);
        }
        return current.withStatus(reported);
    }

    /** The session as of now: EXPIRED once its expiry has passed without a final answer. */
    public QrLoginSession expireIfDue(Clock clock) {
        requireNonNull(clock, "clock == null");
        return !status.isFinal() && !clock.instant().isBefore(expiresAt) ? withStatus(QrLoginStatus.EXPIRED) : this;
    }

    /**
     * A fresh session replacing this one, for the page's "reload QR" button after it expired or
     * was denied.
     *
     * @throws RejectedException {@link OidcError#BAD_SESSION_STATE} while this one is still live or was approved
     */
    public QrLoginSession reload(String newId, String newPayload, Clock clock) {
        requireNonNull(newId, "newId == null");
        requireNonNull(newPayload, "newPayload == null");
        QrLoginSession current = expireIfDue(clock);
        if (current.status != QrLoginStatus.EXPIRED && current.status != QrLoginStatus.DENIED) {
            throw new RejectedException(OidcError.BAD_SESSION_STATE,
                    "only an expired or denied QR login can be reloaded, not a " + current.status + " one");
        }
        return start(newId, newPayload, Duration.between(createdAt, expiresAt), pollInterval, clock);
    }

    /** How long the page should wait before polling again: zero once final, never past the expiry. */
    public Duration nextPollDelay(Clock clock) {
        QrLoginSession current = expireIfDue(requireNonNull(clock, "clock == null"));
        if (current.status.isFinal()) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), expiresAt);
        return left.compareTo(pollInterval) < 0 ? left : pollInterval;
    }

    /** The QR of the payload, rendered with the SDK's QR encoder. */
    public QrCode qrCode() {
        return QrEncoder.standard().encode(payload);
    }

    /** The QR as an SVG document. */
    public String svg() {
        return QrImage.svg(qrCode());
    }

    private QrLoginSession withStatus(QrLoginStatus next) {
        return new QrLoginSession(id, payload, next, createdAt, expiresAt, pollInterval);
    }

    /** The id, state and expiry; never the payload. */
    @Override
    public String toString() {
        return "QrLoginSession[id=" + id + ", status=" + status + ", expiresAt=" + expiresAt + "]";
    }
}
