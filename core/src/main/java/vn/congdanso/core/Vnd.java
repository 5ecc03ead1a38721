package vn.congdanso.core;

import java.util.Objects;

/**
 * An amount of money in Vietnamese đồng. The đồng has no subunit in use, so the value is a whole,
 * non-negative number; arithmetic that would overflow or go below zero is rejected rather than
 * wrapped. Immutable and thread-safe.
 *
 * <p>Wire formats: {@link #toPlainString()} writes plain digits ({@code 120000}); several gateways
 * send the amount multiplied by 100 ({@code 12000000} for 120 000 ₫), which
 * {@link #toHundredths()} and {@link #ofHundredths(long)} convert exactly once.
 * {@link #format()} writes the display form {@code 120.000 ₫}.
 *
 * @param dong the amount in đồng, never negative
 */
public record Vnd(long dong) implements Comparable<Vnd> {

    /** Zero đồng. */
    public static final Vnd ZERO = new Vnd(0);

    private static final int MAX_DIGITS = 18;

    /** Rejects negative amounts with {@link CoreError#BAD_AMOUNT}. */
    public Vnd {
        if (dong < 0) {
            throw new RejectedException(CoreError.BAD_AMOUNT, "amount must not be negative");
        }
    }

    /** The amount of {@code dong} đồng. */
    public static Vnd of(long dong) {
        return new Vnd(dong);
    }

    /**
     * Parses plain decimal digits ({@code "120000"}), at most 18 of them, as sent on the wire.
     * Signs, separators, decimals and white space are rejected with the offset of the first
     * offending character. Unlike most SDK methods, it reads {@code null} as a missing wire value
     * and rejects it with {@link CoreError#BAD_AMOUNT}, not {@link NullPointerException}.
     */
    public static Vnd parse(CharSequence digits) {
        if (digits == null || digits.length() == 0) {
            throw RejectedException.atOffset(CoreError.BAD_AMOUNT, "amount is empty; expected digits", 0);
        }
        if (digits.length() > MAX_DIGITS) {
            throw RejectedException.atOffset(CoreError.AMOUNT_OVERFLOW,
                    "amount has " + digits.length() + " digits; at most " + MAX_DIGITS + " are accepted", MAX_DIGITS);
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw RejectedException.atOffset(CoreError.BAD_AMOUNT,
                        "amount must be plain digits; found '" + printable(c) + "'", i);
            }
            value = value * 10 + (c - '0');
        }
        return new Vnd(value);
    }

    /**
     * The amount a gateway sent multiplied by 100 (VNPay's {@code vnp_Amount}). Rejects values
     * that are negative or not a whole number of đồng.
     */
    public static Vnd ofHundredths(long hundredths) {
        if (hundredths < 0 || hundredths % 100 != 0) {
            throw new RejectedException(CoreError.BAD_AMOUNT,
                    "amount ×100 must be a non-negative multiple of 100");
        }
        return new Vnd(hundredths / 100);
    }

    /**
     * {@link #ofHundredths(long)} for the digits of a wire field; like {@link #parse(CharSequence)}
     * it rejects {@code null} as a missing value with {@link CoreError#BAD_AMOUNT}.
     */
    public static Vnd parseHundredths(CharSequence digits) {
        return ofHundredths(parse(digits).dong);
    }

    /** This amount multiplied by 100, as gateways such as VNPay expect it. */
    public long toHundredths() {
        try {
            return Math.multiplyExact(dong, 100L);
        } catch (ArithmeticException e) {
            throw new RejectedException(CoreError.AMOUNT_OVERFLOW, "amount ×100 exceeds the range of long", e);
        }
    }

    /** The sum; rejects overflow. */
    public Vnd plus(Vnd other) {
        Objects.requireNonNull(other, "other == null");
        try {
            return new Vnd(Math.addExact(dong, other.dong));
        } catch (ArithmeticException e) {
            throw new RejectedException(CoreError.AMOUNT_OVERFLOW, "sum exceeds the range of long", e);
        }
    }

    /** The difference; rejects a result below zero. */
    public Vnd minus(Vnd other) {
        Objects.requireNonNull(other, "other == null");
        if (other.dong > dong) {
            throw new RejectedException(CoreError.BAD_AMOUNT, "difference would be negative");
        }
        return new Vnd(dong - other.dong);
    }

    /** This amount times a non-negative whole factor (a quantity); rejects overflow. */
    public Vnd times(long factor) {
        if (factor < 0) {
            throw new RejectedException(CoreError.BAD_AMOUNT, "factor must not be negative");
        }
        try {
            return new Vnd(Math.multiplyExact(dong, factor));
        } catch (ArithmeticException e) {
            throw new RejectedException(CoreError.AMOUNT_OVERFLOW, "product exceeds the range of long", e);
        }
    }

    /** Whether this is zero đồng. */
    public boolean isZero() {
        return dong == 0;
    }

    /** Plain digits for wire formats: {@code 120000}. */
    public String toPlainString() {
        return Long.toString(dong);
    }

    /** The Vietnamese display form with dots between thousands: {@code 120.000 ₫}. */
    public String format() {
        String digits = Long.toString(dong);
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 2);
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return out.append(" ₫").toString();
    }

    @Override
    public int compareTo(Vnd other) {
        Objects.requireNonNull(other, "other == null");
        return Long.compare(dong, other.dong);
    }

    /** The display form, as {@link #format()}. */
    @Override
    public String toString() {
        return format();
    }

    private static String printable(char c) {
        return Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }
}
