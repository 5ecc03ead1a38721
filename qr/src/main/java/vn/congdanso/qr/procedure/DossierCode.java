package vn.congdanso.qr.procedure;

import java.time.DateTimeException;
import java.time.LocalDate;

import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/**
 * The code a receiving unit gives a dossier (hồ sơ): {@code {unit}-{date}-{sequence}}, for
 * example {@code H15.50.05.13-261008-0975} (date {@code yyMMdd}, years 2000–2099) or
 * {@code G09.20-20260609-0092637} (date {@code yyyyMMdd}). The unit is one to eight dot-separated
 * groups of upper-case letters and digits; the sequence is 1 to 10 digits, kept as printed.
 * Immutable and thread-safe; equal when the text is equal, and {@link #toString()} gives back
 * the parsed text.
 */
public final class DossierCode {

    /** The longest dossier code accepted. */
    public static final int MAX_LENGTH = 64;

    private static final int MAX_SEQUENCE_DIGITS = 10;
    private static final int MAX_UNIT_GROUPS = 8;

    private final String value;
    private final String unit;
    private final LocalDate date;
    private final String sequence;

    private DossierCode(String value, String unit, LocalDate date, String sequence) {
        this.value = value;
        this.unit = unit;
        this.date = date;
        this.sequence = sequence;
    }

    /**
     * Parses a dossier code, exactly as printed.
     *
     * @throws RejectedException {@link ProcedureError#BAD_DOSSIER_CODE} with the offset of the
     *                           first wrong character, or {@link ProcedureError#BAD_DOSSIER_DATE}
     *                           (offset of the date) when the date names no real day
     */
    public static DossierCode parse(String text) {
        requireNonNull(text, "text == null");
        ProcedureError code = ProcedureError.BAD_DOSSIER_CODE;
        if (text.length() > MAX_LENGTH) {
            throw RejectedException.atOffset(code, "dossier code is longer than " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        int unitEnd = text.indexOf('-');
        if (unitEnd < 0) {
            checkUnit(text, text.length());
            throw RejectedException.atOffset(code, "dossier code: expected '-' after the unit", text.length());
        }
        checkUnit(text, unitEnd);
        int dateEnd = text.indexOf('-', unitEnd + 1);
        int dateStop = dateEnd < 0 ? text.length() : dateEnd;
        Codes.requireDigits(text, unitEnd + 1, dateStop, code, "dossier date");
        int dateLength = dateStop - unitEnd - 1;
        if (dateLength != 6 && dateLength != 8) {
            throw RejectedException.atOffset(code, "dossier date: expected yyMMdd or yyyyMMdd", unitEnd + 1 + Math.min(dateLength, 8));
        }
        if (dateEnd < 0) {
            throw RejectedException.atOffset(code, "dossier code: expected '-' after the date", text.length());
        }
        LocalDate date = date(text.substring(unitEnd + 1, dateEnd), unitEnd + 1);
        String sequence = text.substring(dateEnd + 1);
        Codes.requireDigits(text, dateEnd + 1, text.length(), code, "dossier sequence");
        if (sequence.isEmpty() || sequence.length() > MAX_SEQUENCE_DIGITS) {
            throw RejectedException.atOffset(code, "dossier sequence: expected 1 to " + MAX_SEQUENCE_DIGITS + " digits",
                    dateEnd + 1 + Math.min(sequence.length(), MAX_SEQUENCE_DIGITS));
        }
        return new DossierCode(text, text.substring(0, unitEnd), date, sequence);
    }

    private static void checkUnit(String text, int end) {
        ProcedureError code = ProcedureError.BAD_DOSSIER_CODE;
        int groups = 1;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            boolean groupStart = i == 0 || text.charAt(i - 1) == '.';
            if (c == '.' && !groupStart && i + 1 < end) {
                groups++;
            } else if (!Codes.isUpperAlphanumeric(c)) {
                throw RejectedException.atOffset(code, "dossier unit: expected upper-case letters and digits in dot-separated groups", i);
            }
            if (groups > MAX_UNIT_GROUPS) {
                throw RejectedException.atOffset(code, "dossier unit: at most " + MAX_UNIT_GROUPS + " groups", i);
            }
        }
        if (end == 0) {
            throw RejectedException.atOffset(code, "dossier code: expected a unit before '-'", 0);
        }
    }

    private static LocalDate date(String digits, int offset) {
        boolean shortForm = digits.length() == 6;
        int year = Integer.parseInt(digits.substring(0, shortForm ? 2 : 4)) + (shortForm ? 2000 : 0);
        int from = shortForm ? 2 : 4;
        int month = Integer.parseInt(digits.substring(from, from + 2));
        int day = Integer.parseInt(digits.substring(from + 2, from + 4));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw RejectedException.atOffset(ProcedureError.BAD_DOSSIER_DATE, "dossier date names no real day", offset);
        }
    }

    /** The receiving unit, for example {@code H15.50.05.13}. */
    public String unit() {
        return unit;
    }

    /** The day the dossier was received. */
    public LocalDate date() {
        return date;
    }

    /** The sequence number as printed, leading zeros kept, for example {@code 0975}. */
    public String sequence() {
        return sequence;
    }

    /** The code as parsed. */
    @Override
    public String toString() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DossierCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
