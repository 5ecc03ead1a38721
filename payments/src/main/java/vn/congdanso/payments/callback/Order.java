package vn.congdanso.payments.callback;

import java.time.Instant;
import java.util.Optional;

import vn.congdanso.core.Vnd;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.PaymentStatus;

import static java.util.Objects.requireNonNull;

/**
 * One order as the callback store holds it. Amounts are in đồng; the currency is always VND.
 *
 * @param ref           the merchant's order reference, as the gateways echo it
 * @param gateway       the gateway that settled it, or that it was created for; empty while
 *                      any gateway may settle it
 * @param amount        the amount expected
 * @param status        PENDING until a verified callback or query answer settles it
 * @param transactionId the gateway's transaction id recorded with the transition
 * @param paymentCount  how many verified PAID answers with distinct transaction ids arrived;
 *                      above one means the citizen paid twice
 * @param flagged       whether a verified answer disagreed with the order (amount, second
 *                      payment, payment after failure) and a person should look at it
 * @param createdAt     when the order was stored
 * @param updatedAt     when it last changed
 */
public record Order(String ref, Optional<Gateway> gateway, Vnd amount, PaymentStatus status,
        Optional<String> transactionId, int paymentCount, boolean flagged, Instant createdAt, Instant updatedAt) {

    /** Validates the components. */
    public Order {
        requireNonNull(ref, "ref == null");
        requireNonNull(gateway, "gateway == null");
        requireNonNull(amount, "amount == null");
        requireNonNull(status, "status == null");
        requireNonNull(transactionId, "transactionId == null");
        requireNonNull(createdAt, "createdAt == null");
        requireNonNull(updatedAt, "updatedAt == null");
    }

    /** Whether the order is PAID or FAILED: no callback can change it any more. */
    public boolean settled() {
        return status != PaymentStatus.PENDING;
    }
}
