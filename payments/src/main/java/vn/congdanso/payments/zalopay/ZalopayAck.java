package vn.congdanso.payments.zalopay;

import vn.congdanso.payments.CallbackOutcome;

import static java.util.Objects.requireNonNull;

/** The JSON bodies a merchant answers a ZaloPay callback with (HTTP 200). */
public enum ZalopayAck {
    /** The callback verified and the order is recorded: {@code return_code} 1. */
    SUCCESS(1, "success"),
    /** The MAC did not verify: {@code return_code} -1. */
    INVALID_MAC(-1, "mac not equal"),
    /** The callback verified but was refused (unknown order, amount mismatch, wrong app): {@code return_code} -1. */
    REFUSED(-1, "refused"),
    /** The merchant could not record it now; ZaloPay should call again: {@code return_code} 2. */
    RETRY(2, "retry");

    private final int returnCode;
    private final String returnMessage;

    ZalopayAck(int returnCode, String returnMessage) {
        this.returnCode = returnCode;
        this.returnMessage = returnMessage;
    }

    /** The answer for {@code outcome}: 1 applied or duplicate, 2 retry, -1 otherwise. */
    public static ZalopayAck of(CallbackOutcome outcome) {
        return switch (requireNonNull(outcome, "outcome == null")) {
            case APPLIED, DUPLICATE -> SUCCESS;
            case RETRY -> RETRY;
            case BAD_SIGNATURE -> INVALID_MAC;
            case UNKNOWN_ORDER, AMOUNT_MISMATCH, REJECTED -> REFUSED;
        };
    }

    /** {@code return_code}. */
    public int returnCode() {
        return returnCode;
    }

    /** {@code return_message}. */
    public String returnMessage() {
        return returnMessage;
    }

    /** The response body, {@code {"return_code":1,"return_message":"success"}}. */
    public String body() {
        return "{\"return_code\":" + returnCode + ",\"return_message\":\"" + returnMessage + "\"}";
    }
}
