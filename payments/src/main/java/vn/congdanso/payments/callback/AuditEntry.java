package vn.congdanso.payments.callback;

import java.time.Instant;
import java.util.Optional;

import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.Gateway;

import static java.util.Objects.requireNonNull;

/**
 * One received callback or query answer, as the audit table keeps it.
 *
 * @param gateway       the gateway whose verifier handled it
 * @param source        a pushed callback or a reconciler's query answer
 * @param orderRef      the order it named; empty when it did not verify (an unverified
 *                      callback's claims are not recorded as facts, only in the payload)
 * @param transactionId the gateway's transaction id; empty when unverified or absent
 * @param verified      whether its signature verified
 * @param outcome       what the pipeline did with it
 * @param receivedAt    when the pipeline received it, from the processor's clock
 * @param payload       the raw request with secrets and personal data masked, truncated to
 *                      {@link #MAX_PAYLOAD} characters
 */
public record AuditEntry(Gateway gateway, Source source, Optional<String> orderRef, Optional<String> transactionId,
        boolean verified, CallbackOutcome outcome, Instant receivedAt, String payload) {

    /** The longest payload kept, in characters. */
    public static final int MAX_PAYLOAD = 4000;

    /** Where an audited answer came from. */
    public enum Source {
        /** Delivered by the gateway (IPN, webhook, redirect). */
        CALLBACK,
        /** Fetched by the {@link Reconciler} from the gateway's query API. */
        QUERY
    }

    /** Validates the components and truncates the payload. */
    public AuditEntry {
        requireNonNull(gateway, "gateway == null");
        requireNonNull(source, "source == null");
        requireNonNull(orderRef, "orderRef == null");
        requireNonNull(transactionId, "transactionId == null");
        requireNonNull(outcome, "outcome == null");
        requireNonNull(receivedAt, "receivedAt == null");
        requireNonNull(payload, "payload == null");
        if (payload.length() > MAX_PAYLOAD) {
            payload = payload.substring(0, MAX_PAYLOAD);
        }
    }
}
