package vn.congdanso.payments;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.congdanso.core.Vnd;

import static java.util.Objects.requireNonNull;

/**
 * One view over any gateway's verified callback, what the exactly-once pipeline consumes. Obtain
 * it from a verified callback ({@code VnpayCallback.toPaymentEvent()}, …): the trust in its
 * fields comes from the verifier that produced that callback, never from this record itself.
 * Immutable and thread-safe.
 *
 * @param gateway       the gateway that sent the callback
 * @param orderRef      the merchant's order reference (VNPay txnRef, MoMo orderId, ZaloPay
 *                      app_trans_id, payOS orderCode)
 * @param transactionId the gateway's own transaction id, or the empty string when it sent none
 * @param amount        the amount the gateway reports
 * @param status        the outcome
 * @param rawFields     every field of the callback as received (decoded text), in a stable order
 */
public record PaymentEvent(Gateway gateway, String orderRef, String transactionId, Vnd amount, Status status,
        Map<String, String> rawFields) {

    /** What a callback says about the payment. */
    public enum Status {
        /** The money was collected. */
        PAID,
        /** The payment failed or was cancelled; it will not complete. */
        FAILED,
        /** The payment is neither collected nor failed yet (authorised, processing). */
        PENDING
    }

    /** Validates the components and freezes the fields. */
    public PaymentEvent {
        requireNonNull(gateway, "gateway == null");
        requireNonNull(orderRef, "orderRef == null");
        requireNonNull(transactionId, "transactionId == null");
        requireNonNull(amount, "amount == null");
        requireNonNull(status, "status == null");
        requireNonNull(rawFields, "rawFields == null");
        rawFields = Collections.unmodifiableMap(new LinkedHashMap<>(rawFields));
    }

    /** Whether the money was collected. */
    public boolean paid() {
        return status == Status.PAID;
    }
}
