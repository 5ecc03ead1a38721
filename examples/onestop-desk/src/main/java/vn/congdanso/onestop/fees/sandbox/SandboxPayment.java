package vn.congdanso.onestop.fees.sandbox;

import java.time.Instant;
import java.util.Optional;

import vn.congdanso.core.Vnd;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.PaymentStatus;

/**
 * One payment the sandbox gateway took, as the gateway would keep it.
 *
 * @param gateway       the gateway it stood in for
 * @param orderRef      the merchant's reference (VNPay vnp_TxnRef, MoMo orderId, ZaloPay app_trans_id)
 * @param amount        the amount asked
 * @param orderInfo     the merchant's description
 * @param returnUrl     where the payer's browser goes back to
 * @param requestKey    what the gateway finds it by besides the reference: VNPay's
 *                      {@code vnp_CreateDate}, MoMo's {@code requestId}, ZaloPay's {@code app_time}
 * @param status        PENDING until the payer pays or gives up
 * @param transactionNo the gateway's transaction number, once settled
 * @param createdAt     when the payment was opened
 * @param settledAt     when it was paid or failed
 */
public record SandboxPayment(Gateway gateway, String orderRef, Vnd amount, String orderInfo, String returnUrl,
        String requestKey, PaymentStatus status, Optional<String> transactionNo, Instant createdAt,
        Optional<Instant> settledAt) {

    /** A payment just opened. */
    static SandboxPayment open(Gateway gateway, String orderRef, Vnd amount, String orderInfo, String returnUrl,
            String requestKey, Instant now) {
        return new SandboxPayment(gateway, orderRef, amount, orderInfo, returnUrl, requestKey, PaymentStatus.PENDING,
                Optional.empty(), now, Optional.empty());
    }

    /** Whether the payer has paid. */
    public boolean paid() {
        return status == PaymentStatus.PAID;
    }

    /** The gateway, the reference, the amount and the status: never the description or the URL. */
    @Override
    public String toString() {
        return "SandboxPayment[" + gateway + " " + orderRef + ", " + amount + ", " + status + "]";
    }
}
