package vn.congdanso.payments.vnpay;

import java.time.Instant;
import java.util.Optional;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.GatewayError;

import static java.util.Objects.requireNonNull;

/**
 * A refund of a paid transaction. Refunds move money: the client never retries them.
 *
 * @param txnRef          the merchant's order reference
 * @param amount          the amount to refund, more than zero
 * @param type            full or partial
 * @param transactionNo   VNPay's transaction number, when known
 * @param transactionDate when the payment URL was created (its {@code vnp_CreateDate})
 * @param createBy        who asked for the refund (an operator id, not a citizen's name)
 * @param orderInfo       why (ASCII)
 * @param ipAddr          the merchant server's IP address
 */
public record VnpayRefundRequest(String txnRef, Vnd amount, Type type, Optional<String> transactionNo,
        Instant transactionDate, String createBy, String orderInfo, String ipAddr) {

    /** {@code vnp_TransactionType}. */
    public enum Type {
        /** The whole amount, {@code 02}. */
        FULL("02"),
        /** Part of the amount, {@code 03}. */
        PARTIAL("03");

        private final String code;

        Type(String code) {
            this.code = code;
        }

        /** The wire code. */
        public String code() {
            return code;
        }
    }

    /** Validates the components; rejects blank text and a zero amount with {@link GatewayError#BAD_REQUEST}. */
    public VnpayRefundRequest {
        requireNonNull(txnRef, "txnRef == null");
        requireNonNull(amount, "amount == null");
        requireNonNull(type, "type == null");
        requireNonNull(transactionNo, "transactionNo == null");
        requireNonNull(transactionDate, "transactionDate == null");
        requireNonNull(createBy, "createBy == null");
        requireNonNull(orderInfo, "orderInfo == null");
        requireNonNull(ipAddr, "ipAddr == null");
        if (txnRef.isBlank() || createBy.isBlank() || orderInfo.isBlank() || ipAddr.isBlank() || amount.isZero()) {
            throw new RejectedException(GatewayError.BAD_REQUEST,
                    "txnRef, createBy, orderInfo and ipAddr must not be blank, amount not zero");
        }
    }

    /** The identifiers and the amount only: free text, URLs, user ids, tokens and MACs stay out, so it is safe to log. */
    @Override
    public String toString() {
        return "VnpayRefundRequest[txnRef=" + txnRef + ", amount=" + amount + ", type=" + type
                + ", transactionDate=" + transactionDate + "]";
    }
}
