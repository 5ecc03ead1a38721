package vn.congdanso.payments;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/** What the receiver did with a callback; each gateway turns it into its own acknowledgement. */
public enum CallbackOutcome {
    /** Verified and applied: the order changed state now. */
    APPLIED,
    /** Verified, but this transition was already applied: nothing changed. */
    DUPLICATE,
    /** Verified, but no such order is known. */
    UNKNOWN_ORDER,
    /** Verified, but the amount differs from the order's: rejected and flagged for review. */
    AMOUNT_MISMATCH,
    /** The signature did not verify (or was missing). */
    BAD_SIGNATURE,
    /** Verified, but refused for another reason (wrong merchant, malformed, settled order). */
    REJECTED,
    /** Not processed because of a local failure: the gateway should deliver it again. */
    RETRY;

    /**
     * The outcome of a callback that {@link CallbackVerifier#verify} or the app refused with
     * {@code failure}: {@link #BAD_SIGNATURE} for a missing or bad signature, {@link #REJECTED}
     * for other rejected input, {@link #RETRY} for anything that may succeed later.
     */
    public static CallbackOutcome forFailure(CongDanSoException failure) {
        requireNonNull(failure, "failure == null");
        if (!(failure instanceof RejectedException)) {
            return RETRY;
        }
        boolean signature = failure.code() == GatewayError.BAD_SIGNATURE
                || failure.code() == GatewayError.MISSING_SIGNATURE;
        return signature ? BAD_SIGNATURE : REJECTED;
    }
}
