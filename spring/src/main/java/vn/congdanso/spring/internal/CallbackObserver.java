package vn.congdanso.spring.internal;

import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.CallbackVerifier;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.callback.ReconcileReport;

/**
 * Where callback and reconciliation events go: Micrometer meters when a {@code MeterRegistry}
 * exists, nowhere otherwise. Events carry the gateway and the outcome only, never callback
 * content.
 */
public interface CallbackObserver {

    /** Observes nothing. */
    CallbackObserver NONE = new CallbackObserver() {
    };

    /** One callback from {@code gateway} ended with {@code outcome}. */
    default void received(Gateway gateway, CallbackOutcome outcome) {
    }

    /** A reconciler run produced {@code report}. */
    default void reconciled(ReconcileReport report) {
    }

    /** {@code verifier}, timed if this observer measures verification latency. */
    default CallbackVerifier timed(CallbackVerifier verifier) {
        return verifier;
    }

    /** The meter tag of {@code outcome}: a forged signature is {@code forged}. */
    static String tag(CallbackOutcome outcome) {
        return outcome == CallbackOutcome.BAD_SIGNATURE ? "forged" : outcome.name().toLowerCase(java.util.Locale.ROOT);
    }
}
