package vn.congdanso.payments.vnpay;

import vn.congdanso.payments.CallbackOutcome;

import static java.util.Objects.requireNonNull;

/**
 * The JSON bodies a merchant answers VNPay's IPN call with (HTTP 200,
 * {@code {"RspCode":"00","Message":"Confirm Success"}}). VNPay retries the IPN until it gets
 * one of them.
 */
public enum VnpayIpnAck {
    /** The payment was recorded. */
    CONFIRM_SUCCESS("00", "Confirm Success"),
    /** No order has this {@code vnp_TxnRef}. */
    ORDER_NOT_FOUND("01", "Order not found"),
    /** The order was already confirmed by an earlier call. */
    ORDER_ALREADY_CONFIRMED("02", "Order already confirmed"),
    /** The amount differs from the order's. */
    BAD_AMOUNT("04", "Invalid amount"),
    /** The signature did not verify. */
    INVALID_SIGNATURE("97", "Invalid signature"),
    /** Anything else went wrong. */
    UNKNOWN_ERROR("99", "Unknown error");

    private final String rspCode;
    private final String message;

    VnpayIpnAck(String rspCode, String message) {
        this.rspCode = rspCode;
        this.message = message;
    }

    /**
     * The answer for {@code outcome}: 00 applied, 02 duplicate, 01 unknown order, 04 amount
     * mismatch, 97 bad signature, 99 for a refused call or a local failure.
     */
    public static VnpayIpnAck of(CallbackOutcome outcome) {
        return switch (requireNonNull(outcome, "outcome == null")) {
            case APPLIED -> CONFIRM_SUCCESS;
            case DUPLICATE -> ORDER_ALREADY_CONFIRMED;
            case UNKNOWN_ORDER -> ORDER_NOT_FOUND;
            case AMOUNT_MISMATCH -> BAD_AMOUNT;
            case BAD_SIGNATURE -> INVALID_SIGNATURE;
            case REJECTED, RETRY -> UNKNOWN_ERROR;
        };
    }

    /** {@code RspCode}. */
    public String rspCode() {
        return rspCode;
    }

    /** {@code Message}. */
    public String message() {
        return message;
    }

    /** The response body, {@code {"RspCode":"00","Message":"Confirm Success"}}; content type {@code application/json}. */
    public String body() {
        return "{\"RspCode\":\"" + rspCode + "\",\"Message\":\"" + message + "\"}";
    }
}
