package vn.congdanso.payments;

import vn.congdanso.core.RejectedException;

/**
 * The capability every gateway adapter offers for its callbacks (IPN, webhook, redirect): turn a
 * {@link RawCallback} into a {@link VerifiedCallback}, or throw. Implementations are immutable
 * and thread-safe; share one per merchant configuration.
 *
 * <p>A verifier checks, in order: the shape of the callback, the signature (constant time,
 * every active key of the merchant), that the callback names the configured merchant, and the
 * signed amount. Nothing from an unverified callback is returned.
 */
public interface CallbackVerifier {

    /** The gateway this verifier speaks for. */
    Gateway gateway();

    /**
     * Verifies {@code callback}.
     *
     * @throws RejectedException {@code payments.*} codes: {@code MISSING_SIGNATURE},
     *         {@code BAD_SIGNATURE}, {@code BAD_CALLBACK}, {@code MERCHANT_MISMATCH}, …; never
     *         retryable
     */
    VerifiedCallback verify(RawCallback callback);

    /** The answer this gateway expects for {@code outcome}. */
    CallbackAck acknowledge(CallbackOutcome outcome);
}
