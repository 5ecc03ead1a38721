package vn.congdanso.payments;

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
    RETRY
}
