package vn.congdanso.payments.vnpay;

import java.time.Instant;
import java.util.Optional;

import vn.congdanso.core.RejectedException;
import vn.congdanso.payments.GatewayError;

import static java.util.Objects.requireNonNull;

/**
 * A transaction status query ({@code querydr}).
 *
 * @param txnRef          the merchant's order reference
 * @param transactionDate when the payment URL was created (its {@code vnp_CreateDate})
 * @param orderInfo       why the query is made (ASCII)
 * @param ipAddr          the merchant server's IP address
 * @param transactionNo   VNPay's transaction number, when known
 */
public record VnpayQueryRequest(String txnRef, Instant transactionDate, String orderInfo, String ipAddr,
        Optional<String> transactionNo) {

    /** Validates the components; rejects blank text with {@link GatewayError#BAD_REQUEST}. */
    public VnpayQueryRequest {
        requireNonNull(txnRef, "txnRef == null");
        requireNonNull(transactionDate, "transactionDate == null");
        requireNonNull(orderInfo, "orderInfo == null");
        requireNonNull(ipAddr, "ipAddr == null");
        requireNonNull(transactionNo, "transactionNo == null");
        if (txnRef.isBlank() || orderInfo.isBlank() || ipAddr.isBlank()) {
            throw new RejectedException(GatewayError.BAD_REQUEST, "txnRef, orderInfo and ipAddr must not be blank");
        }
    }

    /** The identifiers and the amount only: free text, URLs, user ids, tokens and MACs stay out, so it is safe to log. */
    @Override
    public String toString() {
        return "VnpayQueryRequest[txnRef=" + txnRef + ", transactionDate=" + transactionDate + "]";
    }
}
