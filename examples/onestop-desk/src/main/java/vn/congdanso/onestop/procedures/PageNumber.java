package vn.congdanso.onestop.procedures;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.procedure.ProcedureError;

/** Reads the {@code page} and {@code size} query parameters; the SDK's query checks their range. */
final class PageNumber {

    private PageNumber() {
    }

    /**
     * {@code text} as an int.
     *
     * @throws RejectedException {@code procedure.BAD_QUERY} when it is not a whole number
     */
    static int parse(String text) {
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new RejectedException(ProcedureError.BAD_QUERY, "page and size must be whole numbers");
        }
        return Integer.parseInt(digits);
    }
}
