package vn.congdanso.payments.zalopay;

import java.util.Optional;

import vn.congdanso.core.Vnd;

import static java.util.Objects.requireNonNull;

/**
 * The status of a ZaloPay order as its query API reports it.
 *
 * @param appTransId    the order's {@code app_trans_id}
 * @param returnCode    1 paid, 2 failed, 3 not paid yet or processing
 * @param subReturnCode ZaloPay's detailed code
 * @param message       ZaloPay's message
 * @param processing    whether ZaloPay is still processing it
 * @param amount        the amount
 * @param zpTransId     ZaloPay's transaction id, when one exists
 */
public record ZalopayStatus(String appTransId, int returnCode, int subReturnCode, String message, boolean processing,
        Vnd amount, Optional<Long> zpTransId) {

    /** Validates the components. */
    public ZalopayStatus {
        requireNonNull(appTransId, "appTransId == null");
        requireNonNull(message, "message == null");
        requireNonNull(amount, "amount == null");
        requireNonNull(zpTransId, "zpTransId == null");
    }

    /** Whether the money was collected. */
    public boolean paid() {
        return returnCode == 1;
    }

    /** Whether the order may still be paid or is being processed. */
    public boolean pending() {
        return returnCode == 3 || processing;
    }
}
