package vn.congdanso.payments.zalopay;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * An order ZaloPay accepted: where to send the payer.
 *
 * @param appTransId   the order's {@code app_trans_id}
 * @param orderUrl     the ZaloPay payment page
 * @param zpTransToken the token for ZaloPay's app SDKs
 * @param qrCode       the QR payload, when ZaloPay gave one
 */
public record ZalopayOrderResult(String appTransId, String orderUrl, String zpTransToken, Optional<String> qrCode) {

    /** Validates the components. */
    public ZalopayOrderResult {
        requireNonNull(appTransId, "appTransId == null");
        requireNonNull(orderUrl, "orderUrl == null");
        requireNonNull(zpTransToken, "zpTransToken == null");
        requireNonNull(qrCode, "qrCode == null");
    }

    /** The identifiers and the amount only: free text, URLs, user ids, tokens and MACs stay out, so it is safe to log. */
    @Override
    public String toString() {
        return "ZalopayOrderResult[appTransId=" + appTransId + "]";
    }
}
