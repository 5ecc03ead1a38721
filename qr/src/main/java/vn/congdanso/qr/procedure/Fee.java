package vn.congdanso.qr.procedure;

import java.util.Optional;

import vn.congdanso.core.Vnd;

import static java.util.Objects.requireNonNull;

/**
 * One fee or charge of a procedure.
 *
 * @param description what the fee is for and when it applies, in Vietnamese
 * @param amount      the amount, when it is the same nationwide; empty when each province sets it
 *                    or it depends on the case
 */
public record Fee(String description, Optional<Vnd> amount) {

    /** Validates the components. */
    public Fee {
        requireNonNull(description, "description == null");
        requireNonNull(amount, "amount == null");
    }
}
