package vn.congdanso.onestop.fees;

import java.time.Instant;
import java.util.Optional;

import vn.congdanso.core.Vnd;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.PaymentStatus;

/**
 * A fee order as the desk keeps it.
 *
 * @param ref           the order reference the gateways echo ({@code yyMMdd_} and ten letters or digits)
 * @param procedureCode the procedure the fee is for
 * @param description   what the fee is for, as shown to the payer
 * @param dossierCode   the dossier it belongs to, if any
 * @param amount        the amount due
 * @param status        PENDING until a verified callback or query answer settles it
 * @param gateway       the gateway that settled it
 * @param paymentCount  how many times a payment was applied (the pipeline makes it at most one)
 * @param paidAmount    how much was collected
 * @param createdAt     when it was made
 */
public record FeeOrder(String ref, String procedureCode, String description, Optional<String> dossierCode, Vnd amount,
        PaymentStatus status, Optional<Gateway> gateway, int paymentCount, Vnd paidAmount, Instant createdAt) {

    /** The VietQR purpose: the dossier code, or the order reference when there is none. */
    public String purpose() {
        return dossierCode.orElse(ref);
    }

    /** Whether the order still waits for its payment. */
    public boolean pending() {
        return status == PaymentStatus.PENDING;
    }

    /** The reference, amount and status: never the description, which may name a person. */
    @Override
    public String toString() {
        return "FeeOrder[" + ref + ", " + amount + ", " + status + "]";
    }
}
