package vn.congdanso.identity.card;

import java.util.Optional;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.privacy.Redactor;

import static java.util.Objects.requireNonNull;

/**
 * A 12-digit personal identification number (số định danh cá nhân), the number of the chip ID
 * card: {@code PPP G YY NNNNNN} with PPP the province (or, for births abroad, country) code where
 * the birth was registered, G the century-and-sex digit (century = 1900 + 100·⌊G/2⌋, odd =
 * female), YY the last two digits of the birth year and NNNNNN a serial.
 *
 * <p>Immutable and thread-safe. {@link #toString()} is {@link #masked()}: only the last four
 * digits are shown, so the value is safe in log lines; {@link #digits()} reveals the number.
 */
public final class CitizenId {

    /** The number of digits. */
    public static final int LENGTH = 12;

    private final String digits;

    private CitizenId(String digits) {
        this.digits = digits;
    }

    /**
     * Parses exactly 12 ASCII digits, nothing around them; rejects anything else with
     * {@link CardError#BAD_ID_NUMBER} at the offending offset. An unknown province code is accepted:
     * see {@link #province()}.
     */
    public static CitizenId parse(CharSequence text) {
        requireNonNull(text, "text == null");
        for (int i = 0; i < Math.min(text.length(), LENGTH); i++) {
            if (!isDigit(text.charAt(i))) {
                throw RejectedException.atOffset(CardError.BAD_ID_NUMBER, "an ID number has only digits", i);
            }
        }
        if (text.length() != LENGTH) {
            throw RejectedException.atOffset(CardError.BAD_ID_NUMBER,
                    "an ID number has 12 digits, got " + text.length() + " characters", Math.min(text.length(), LENGTH));
        }
        return new CitizenId(text.toString());
    }

    /** Whether {@code text} is exactly 12 ASCII digits. */
    public static boolean isValid(CharSequence text) {
        requireNonNull(text, "text == null");
        if (text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The full 12 digits. Personal data: never log it; log {@link #masked()} instead. */
    public String digits() {
        return digits;
    }

    /** The three-digit province (or country) code, for example {@code 025}. */
    public String provinceCode() {
        return digits.substring(0, 3);
    }

    /** The province of the code in the embedded table, or empty for an unknown code. */
    public Optional<Province> province() {
        return Provinces.embedded().byCode(provinceCode());
    }

    /** The century-and-sex digit, 0 to 9. */
    public int centuryDigit() {
        return digits.charAt(3) - '0';
    }

    /** The sex the century-and-sex digit encodes: odd is female. */
    public Sex sex() {
        return centuryDigit() % 2 == 0 ? Sex.MALE : Sex.FEMALE;
    }

    /** The first year of the birth century: 1900 for digits 0/1, 2000 for 2/3, and so on. */
    public int birthCentury() {
        return 1900 + 100 * (centuryDigit() / 2);
    }

    /** The full birth year the number encodes, for example 1990. */
    public int birthYear() {
        return birthCentury() + Integer.parseInt(digits.substring(4, 6));
    }

    /** The six-digit serial. Personal data. */
    public String serial() {
        return digits.substring(6);
    }

    /** The number with all but its last four digits masked: {@code ********3456}. */
    public String masked() {
        return Redactor.maskKeepingLast4(digits);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CitizenId that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** {@link #masked()}: never the full number. */
    @Override
    public String toString() {
        return masked();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
