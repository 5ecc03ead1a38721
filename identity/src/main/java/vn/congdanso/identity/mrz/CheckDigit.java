package vn.congdanso.identity.mrz;

import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/**
 * The ICAO 9303 check digit: weights 7, 3, 1 repeating; digits count at face value, {@code A}–{@code Z}
 * as 10–35, the filler {@code <} as 0; the weighted sum modulo 10. Pure and thread-safe.
 */
public final class CheckDigit {

    private static final int[] WEIGHTS = {7, 3, 1};

    private CheckDigit() {
    }

    /**
     * The check digit of {@code text}; rejects a character outside A–Z, 0–9 and {@code <} with
     * {@link MrzError#BAD_CHARACTER} at its offset.
     */
    public static int of(CharSequence text) {
        requireNonNull(text, "text == null");
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            int value = valueOf(text.charAt(i));
            if (value < 0) {
                throw RejectedException.atOffset(MrzError.BAD_CHARACTER, "not an MRZ character", i);
            }
            sum += value * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    /** The check digit of {@code text} as the character {@code '0'}–{@code '9'}. */
    public static char charOf(CharSequence text) {
        return (char) ('0' + of(text));
    }

    static int valueOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return c == '<' ? 0 : -1;
    }
}
