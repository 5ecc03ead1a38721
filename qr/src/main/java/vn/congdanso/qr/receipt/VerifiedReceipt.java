package vn.congdanso.qr.receipt;

import java.time.Instant;

import vn.congdanso.core.crypto.ConstantTime;
import vn.congdanso.qr.procedure.AgencyCode;
import vn.congdanso.qr.procedure.DossierCode;
import vn.congdanso.qr.procedure.ProcedureCode;
import vn.congdanso.qr.receipt.internal.Claims;
import vn.congdanso.qr.receipt.internal.IdNumbers;

/**
 * A receipt whose signature a trusted key verified and which had not expired at verification
 * time. Only {@link ReceiptVerifier} creates one. Immutable and thread-safe; {@link #toString()}
 * names the dossier only.
 */
public final class VerifiedReceipt {

    private final String kid;
    private final Claims claims;

    VerifiedReceipt(String kid, Claims claims) {
        this.kid = kid;
        this.claims = claims;
    }

    /** The identifier of the key that signed. */
    public String kid() {
        return kid;
    }

    /** The receiving unit's name as signed. */
    public String issuer() {
        return claims.issuer();
    }

    /** The dossier. */
    public DossierCode dossier() {
        return claims.dossier();
    }

    /** The procedure, localized for the receiving agency. */
    public ProcedureCode procedure() {
        return claims.procedure();
    }

    /** The receiving agency. */
    public AgencyCode agency() {
        return claims.agency();
    }

    /** When the dossier was received. */
    public Instant receivedAt() {
        return claims.receivedAt();
    }

    /** When the result is due. */
    public Instant dueAt() {
        return claims.dueAt();
    }

    /** After when the receipt no longer verifies. */
    public Instant expiresAt() {
        return claims.expiresAt();
    }

    /**
     * Whether the receipt was issued to the holder of {@code idNumber}: compares the salted hash
     * in constant time. False for a malformed number.
     */
    public boolean matchesIdNumber(String idNumber) {
        if (!IdNumbers.isWellFormed(idNumber)) {
            return false;
        }
        return ConstantTime.equals(IdNumbers.hash(claims.idSalt(), idNumber), claims.idHash());
    }

    @Override
    public String toString() {
        return "VerifiedReceipt[" + claims.dossier() + "]";
    }
}
