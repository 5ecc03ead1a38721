package vn.congdanso.onestop.signin;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import vn.congdanso.core.crypto.ConstantTime;

/**
 * A QR login waiting for the citizen's explicit approval on the phone, after the provider's
 * callback: kept in the phone's HTTP session with a one-time token that the confirmation form
 * carries, so only that form in that browser can approve (or deny) the desk's session.
 *
 * @param qrId    the QR login's id
 * @param citizen who signed in on the phone
 * @param token   the confirmation form's one-time token
 */
record QrApproval(String qrId, SignedInCitizen citizen, String token) implements Serializable {

    static final String SESSION_ATTRIBUTE = "onestop.signin.qr-approval";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Rejects nulls. */
    QrApproval {
        Objects.requireNonNull(qrId, "qrId");
        Objects.requireNonNull(citizen, "citizen");
        Objects.requireNonNull(token, "token");
    }

    /** Keeps a new approval for {@code qrId} in {@code session}, replacing any earlier one. */
    static QrApproval await(HttpSession session, String qrId, SignedInCitizen citizen) {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        QrApproval approval = new QrApproval(qrId, citizen, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        session.setAttribute(SESSION_ATTRIBUTE, approval);
        return approval;
    }

    /**
     * Takes the approval waiting in {@code session} for {@code qrId}, if {@code token} is its token:
     * it is removed either way once asked for, so a form answers once.
     */
    static Optional<QrApproval> take(HttpSession session, String qrId, String token) {
        if (session == null || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof QrApproval approval)) {
            return Optional.empty();
        }
        session.removeAttribute(SESSION_ATTRIBUTE);
        boolean matches = approval.qrId().equals(qrId)
                & ConstantTime.equals(approval.token().getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.UTF_8));
        return matches ? Optional.of(approval) : Optional.empty();
    }

    /**
     * The short code the desk's screen and the phone's pages both show for QR login {@code qrId}:
     * six digits derived from the id, for the citizen to check that the desk in front of them is
     * the one they are signing in. Not a secret (whoever holds the QR can compute it).
     */
    static String shortCode(String qrId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(qrId.getBytes(StandardCharsets.US_ASCII));
            int value = ((digest[0] & 0xFF) << 16 | (digest[1] & 0xFF) << 8 | digest[2] & 0xFF) % 1_000_000;
            String digits = String.format("%06d", value);
            return digits.substring(0, 3) + " " + digits.substring(3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id and citizen (masked by its own {@code toString}); never the token. */
    @Override
    public String toString() {
        return "QrApproval[" + qrId + ", " + citizen + "]";
    }
}
