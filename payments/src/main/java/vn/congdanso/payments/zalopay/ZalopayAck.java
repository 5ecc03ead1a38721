package vn.congdanso.payments.zalopay;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/** The JSON bodies a merchant answers a ZaloPay callback with (HTTP 200). */
public enum ZalopayAck {
    /** The callback verified and the order is recorded: {@code return_code} 1. */
    SUCCESS(1, "success"),
    /** The MAC did not verify or the callback is unusable: {@code return_code} -1. */
    INVALID_MAC(-1, "mac not equal"),
    /** The merchant could not record it now; ZaloPay should call again: {@code return_code} 2. */
    RETRY(2, "retry");

    private final int returnCode;
    private final String returnMessage;

    ZalopayAck(int returnCode, String returnMessage) {
        this.returnCode = returnCode;
        this.returnMessage = returnMessage;
    }

    /** The answer for a failure: -1 for a rejected callback, 2 (retry) for a temporary failure. */
    public static ZalopayAck forFailure(CongDanSoException failure) {
        requireNonNull(failure, "failure == null");
        return failure instanceof RejectedException ? INVALID_MAC : RETRY;
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
