package vn.congdanso.payments.payos;

import vn.congdanso.core.Vnd;

import static java.util.Objects.requireNonNull;

/**
 * A payment link payOS created, from an answer whose signature verified.
 *
 * @param orderCode     the merchant's order code
 * @param amount        the amount
 * @param paymentLinkId payOS's id of the link
 * @param checkoutUrl   the payOS checkout page
 * @param qrCode        the VietQR payload to render as a QR code
 * @param status        payOS's status of the link ({@code PENDING}, …)
 */
public record PayosPaymentLink(long orderCode, Vnd amount, String paymentLinkId, String checkoutUrl, String qrCode,
        String status) {

    /** Validates the components. */
    public PayosPaymentLink {
        requireNonNull(amount, "amount == null");
        requireNonNull(paymentLinkId, "paymentLinkId == null");
        requireNonNull(checkoutUrl, "checkoutUrl == null");
        requireNonNull(qrCode, "qrCode == null");
        requireNonNull(status, "status == null");
    }

    /** The identifiers and the amount only: free text, URLs, user ids, tokens and MACs stay out, so it is safe to log. */
    @Override
    public String toString() {
        return "PayosPaymentLink[orderCode=" + orderCode + ", amount=" + amount + ", paymentLinkId=" + paymentLinkId
                + ", status=" + status + "]";
    }
}
