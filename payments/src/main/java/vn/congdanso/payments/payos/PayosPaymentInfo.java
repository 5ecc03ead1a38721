package vn.congdanso.payments.payos;

import java.util.Optional;

import vn.congdanso.core.Vnd;

import static java.util.Objects.requireNonNull;

/**
 * The state of a payOS payment link, from a get or cancel answer.
 *
 * @param paymentLinkId      payOS's id of the link
 * @param orderCode          the merchant's order code
 * @param amount             the amount asked
 * @param amountPaid         the amount transferred so far
 * @param amountRemaining    the amount still due
 * @param status             payOS's status ({@code PENDING}, {@code PAID}, {@code CANCELLED}, {@code EXPIRED}, …)
 * @param cancellationReason why the link was cancelled, when it was
 */
public record PayosPaymentInfo(String paymentLinkId, long orderCode, Vnd amount, Vnd amountPaid, Vnd amountRemaining,
        String status, Optional<String> cancellationReason) {

    /** Validates the components. */
    public PayosPaymentInfo {
        requireNonNull(paymentLinkId, "paymentLinkId == null");
        requireNonNull(amount, "amount == null");
        requireNonNull(amountPaid, "amountPaid == null");
        requireNonNull(amountRemaining, "amountRemaining == null");
        requireNonNull(status, "status == null");
        requireNonNull(cancellationReason, "cancellationReason == null");
    }

    /** Whether payOS reports the link fully paid. */
    public boolean paid() {
        return "PAID".equals(status);
    }
}
