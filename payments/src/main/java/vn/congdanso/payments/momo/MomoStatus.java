package vn.congdanso.payments.momo;

import java.util.Optional;

import vn.congdanso.core.Vnd;

import static java.util.Objects.requireNonNull;

/**
 * The status of a MoMo payment as its query API reports it.
 *
 * @param orderId    the merchant's order id
 * @param amount     the amount
 * @param transId    MoMo's transaction id, when a transaction exists
 * @param resultCode 0 paid, 1000 waiting for the payer, 9000 authorised, 1006 declined, …
 * @param message    MoMo's message
 * @param payType    how the payer paid, when known
 */
public record MomoStatus(String orderId, Vnd amount, Optional<Long> transId, int resultCode, String message,
        Optional<String> payType) {

    /** Validates the components. */
    public MomoStatus {
        requireNonNull(orderId, "orderId == null");
        requireNonNull(amount, "amount == null");
        requireNonNull(transId, "transId == null");
        requireNonNull(message, "message == null");
        requireNonNull(payType, "payType == null");
    }

    /** Whether the money was collected. */
    public boolean paid() {
        return resultCode == 0;
    }
}
