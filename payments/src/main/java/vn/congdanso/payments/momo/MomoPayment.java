package vn.congdanso.payments.momo;

import java.util.Optional;

import vn.congdanso.core.Vnd;

import static java.util.Objects.requireNonNull;

/**
 * A payment MoMo accepted to collect: where to send the payer.
 *
 * @param orderId   the merchant's order id
 * @param requestId the create request's id
 * @param amount    the amount
 * @param payUrl    the MoMo payment page
 * @param deeplink  the MoMo app link, when MoMo gave one
 * @param qrCodeUrl the QR payload, when MoMo gave one
 */
public record MomoPayment(String orderId, String requestId, Vnd amount, String payUrl, Optional<String> deeplink,
        Optional<String> qrCodeUrl) {

    /** Validates the components. */
    public MomoPayment {
        requireNonNull(orderId, "orderId == null");
        requireNonNull(requestId, "requestId == null");
        requireNonNull(amount, "amount == null");
        requireNonNull(payUrl, "payUrl == null");
        requireNonNull(deeplink, "deeplink == null");
        requireNonNull(qrCodeUrl, "qrCodeUrl == null");
    }

    /** The identifiers and the amount only: free text, URLs, user ids, tokens and MACs stay out, so it is safe to log. */
    @Override
    public String toString() {
        return "MomoPayment[orderId=" + orderId + ", requestId=" + requestId + ", amount=" + amount + "]";
    }
}
