package vn.congdanso.payments;

import vn.congdanso.core.ErrorCode;

/** Why a gateway callback, request or response was refused. Shared by every gateway adapter. */
public enum GatewayError implements ErrorCode {
    /** The callback or response carried no signature (hash, MAC) at all, or an empty one. */
    MISSING_SIGNATURE,
    /** The signature did not match the content under any configured secret. */
    BAD_SIGNATURE,
    /** A parameter that must occur once occurred several times. */
    DUPLICATE_PARAMETER,
    /** The callback could not be read: bad encoding, bad JSON, a missing or malformed field. */
    BAD_CALLBACK,
    /** A request built by the caller was invalid (empty reference, zero amount, bad URL). */
    BAD_REQUEST,
    /** The gateway answered with an error code for a request it will not accept as sent. */
    GATEWAY_REJECTED,
    /** The gateway answered with an error code that means "try again later". */
    GATEWAY_UNAVAILABLE,
    /**
     * The callback names a merchant this app does not serve (VNPay {@code vnp_TmnCode}, MoMo
     * {@code partnerCode}, ZaloPay {@code app_id}): its {@link MerchantKeys} has no keys for it.
     */
    MERCHANT_MISMATCH,
    /**
     * A signed callback whose amount cannot be a payment: zero, negative, or sent as JSON text
     * where the gateway sends a number.
     */
    BAD_AMOUNT,
    /** A signed callback of a kind this SDK does not turn into a payment (a ZaloPay {@code type} other than 1). */
    UNSUPPORTED_CALLBACK;

    /** {@code "payments"}. */
    @Override
    public String namespace() {
        return "payments";
    }
}
