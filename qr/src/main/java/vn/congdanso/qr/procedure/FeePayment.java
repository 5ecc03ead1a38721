package vn.congdanso.qr.procedure;

import java.time.Instant;

import vn.congdanso.core.Vnd;

import static java.util.Objects.requireNonNull;

/**
 * A fee the applicant has paid for a dossier.
 *
 * @param description what was paid for
 * @param amount      how much
 * @param paidAt      when
 */
public record FeePayment(String description, Vnd amount, Instant paidAt) {

    /** Validates the components. */
    public FeePayment {
        requireNonNull(description, "description == null");
        requireNonNull(amount, "amount == null");
        requireNonNull(paidAt, "paidAt == null");
    }
}
