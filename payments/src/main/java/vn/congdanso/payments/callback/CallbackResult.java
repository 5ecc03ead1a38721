package vn.congdanso.payments.callback;

import java.util.Optional;

import vn.congdanso.payments.CallbackAck;
import vn.congdanso.payments.CallbackOutcome;

import static java.util.Objects.requireNonNull;

/**
 * What the pipeline did with one callback, and the answer to send to the gateway.
 *
 * @param outcome  what happened
 * @param ack      the HTTP answer the gateway expects for {@code outcome}
 * @param orderRef the order the callback named; empty when it did not verify
 */
public record CallbackResult(CallbackOutcome outcome, CallbackAck ack, Optional<String> orderRef) {

    /** Validates the components. */
    public CallbackResult {
        requireNonNull(outcome, "outcome == null");
        requireNonNull(ack, "ack == null");
        requireNonNull(orderRef, "orderRef == null");
    }
}
