package vn.congdanso.payments.vietqr;

import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * One deviation found while parsing or building a VietQR. Messages name fields, never their
 * values, so warnings may be logged.
 *
 * @param rule    the rule broken
 * @param offset  for parsed payloads, the character offset of the offending data object
 * @param message what was found and what was expected
 */
public record VietQrWarning(VietQrRule rule, OptionalInt offset, String message) {

    /** Rejects null components. */
    public VietQrWarning {
        requireNonNull(rule, "rule == null");
        requireNonNull(offset, "offset == null");
        requireNonNull(message, "message == null");
    }

    /** {@code RULE at offset N: message}. */
    @Override
    public String toString() {
        return rule.name() + (offset.isPresent() ? " at offset " + offset.getAsInt() : "") + ": " + message;
    }
}
