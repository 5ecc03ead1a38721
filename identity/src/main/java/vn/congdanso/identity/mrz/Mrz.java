package vn.congdanso.identity.mrz;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.privacy.Redactor;
import vn.congdanso.core.time.VnTime;
import vn.congdanso.identity.card.Sex;

import static java.util.Objects.requireNonNull;

/**
 * A machine-readable zone read by the generic ICAO 9303 rules: TD1 (ID cards, 3 × 30) or TD3
 * (passports, 2 × 44). For the Vietnamese chip ID card, {@link VietnameseIdMrz} adds the 12-digit
 * ID number and the birth century.
 *
 * <p>{@link #parse(String)} throws a {@link RejectedException} only when the text cannot be an MRZ
 * at all ({@link MrzError#TOO_LONG}, {@link MrzError#BAD_LINE_COUNT}, {@link MrzError#BAD_CHARACTER},
 * {@link MrzError#BAD_LINE_LENGTH}, with the offset). Anything else — a failed check digit, an
 * impossible date, an unknown sex — is collected in {@link #errors()}; the MRZ is
 * {@link #valid()} when there are none. A birth or expiry date is impossible ({@link MrzError#BAD_DATE})
 * when it names no real day in either century, such as {@code 850229}.
 *
 * <p>Every check digit is first evaluated on the characters as printed. Only when it fails are the
 * letters OCR confuses with digits (O/0, I/1, B/8, S/5, Z/2) replaced in that check's numeric
 * fields (dates and check digits); the replacements are kept, and listed in
 * {@link #corrections()} with their offsets, only when the check then passes.
 *
 * <p>A TD1 document number longer than nine characters (ICAO 9303 part 5) fills columns 6–14 of
 * line 1, puts {@code <} in the check digit's place (column 15), and continues in the optional data
 * with the rest of the number and then its check digit, which covers the whole number:
 * {@link #documentNumber()} is the whole number, {@link #optionalData()} what follows its check
 * digit, and {@link #chipAccessKeys()} are derived from the whole number.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the format, document code, issuing
 * state, the masked document number and the errors, never names or dates.
 */
public final class Mrz {

    private static final Pattern SPACES = Pattern.compile(" +");

    private final MrzFormat format;
    private final List<String> lines;
    private final String documentCode;
    private final String issuingState;
    private final String documentNumberField;
    private final String birthDateText;
    private final char sexChar;
    private final String expiryDateText;
    private final String nationality;
    private final String nameField;
    private final String optionalData;
    private final Optional<String> optionalData2;
    private final Map<MrzCheck, Boolean> checks;
    private final List<MrzError> errors;
    private final List<OcrCorrection> corrections;

    Mrz(MrzReader reader) {
        this.format = reader.format();
        this.lines = reader.lines();
        this.documentCode = strip(reader.documentCode());
        this.issuingState = strip(reader.issuingState());
        this.documentNumberField = reader.documentNumber();
        this.birthDateText = reader.birthDate();
        this.sexChar = reader.sex();
        this.expiryDateText = reader.expiryDate();
        this.nationality = strip(reader.nationality());
        this.nameField = reader.name();
        this.optionalData = strip(reader.optionalData());
        this.optionalData2 = reader.optionalData2().map(Mrz::strip);
        this.checks = reader.checks();
        this.errors = reader.errors();
        this.corrections = reader.corrections();
    }

    /** Parses the lines of {@code text}, separated by line breaks; see the class comment. */
    public static Mrz parse(String text) {
        requireNonNull(text, "text == null");
        return MrzReader.read(MrzText.read(text), false).toMrz();
    }

    /** Parses the given lines; see the class comment. */
    public static Mrz parse(List<String> lines) {
        requireNonNull(lines, "lines == null");
        return parse(String.join("\n", lines));
    }

    /** TD1 or TD3. */
    public MrzFormat format() {
        return format;
    }

    /** The lines as read, after OCR corrections. Personal data. */
    public List<String> lines() {
        return lines;
    }

    /** The document code without fillers: {@code ID}, {@code I}, {@code P}, {@code PN}… */
    public String documentCode() {
        return documentCode;
    }

    /** The issuing state or organisation, three letters ({@code VNM}). */
    public String issuingState() {
        return issuingState;
    }

    /** The document number without trailing fillers, a long TD1 number in full. Personal data. */
    public String documentNumber() {
        return strip(documentNumberField);
    }

    /** The birth date as written, {@code YYMMDD} ({@code <} for unknown parts). Personal data. */
    public String birthDateText() {
        return birthDateText;
    }

    /**
     * The birth date, the century chosen so that the date is not after the current year of
     * {@code clock}; empty when unknown or impossible.
     */
    public Optional<LocalDate> birthDate(Clock clock) {
        requireNonNull(clock, "clock == null");
        int thisYear = VnTime.now(clock).getYear();
        return date(birthDateText, year -> year > thisYear ? year - 100 : year);
    }

    /** The sex; empty when unspecified ({@code <} or {@code X}) or unreadable. */
    public Optional<Sex> sex() {
        return sexChar == 'M' ? Optional.of(Sex.MALE) : sexChar == 'F' ? Optional.of(Sex.FEMALE) : Optional.empty();
    }

    /** The expiry date as written, {@code YYMMDD}. */
    public String expiryDateText() {
        return expiryDateText;
    }

    /**
     * The expiry date, the century chosen so that the date is at most 50 years after the current
     * year of {@code clock}; empty when impossible.
     */
    public Optional<LocalDate> expiryDate(Clock clock) {
        requireNonNull(clock, "clock == null");
        int latest = VnTime.now(clock).getYear() + 50;
        return date(expiryDateText, year -> year > latest ? year - 100 : year);
    }

    /** The nationality, three letters. */
    public String nationality() {
        return nationality;
    }

    /** The primary identifier (surname), fillers replaced by spaces. Personal data. */
    public String surname() {
        int split = nameField.indexOf("<<");
        return words(split < 0 ? nameField : nameField.substring(0, split));
    }

    /** The secondary identifier (given names), separated by single spaces. Personal data. */
    public String givenNames() {
        int split = nameField.indexOf("<<");
        return split < 0 ? "" : words(nameField.substring(split + 2));
    }

    /** Whether the name fills its field to the last character, so it may have been cut short. */
    public boolean nameMayBeTruncated() {
        return nameField.charAt(nameField.length() - 1) != '<';
    }

    /**
     * TD1: the optional data of line 1 (after a long document number's check digit); TD3: the
     * personal number. Without trailing fillers.
     */
    public String optionalData() {
        return optionalData;
    }

    /** TD1: the optional data of line 2; empty for TD3. */
    public Optional<String> optionalData2() {
        return optionalData2;
    }

    /** Each check digit's outcome, in the order of {@link MrzCheck}. */
    public Map<MrzCheck, Boolean> checks() {
        return checks;
    }

    /** Every error found, in the order of {@link MrzError}; empty when valid. */
    public List<MrzError> errors() {
        return errors;
    }

    /** Whether no error was found. */
    public boolean valid() {
        return errors.isEmpty();
    }

    /** The OCR corrections applied, as warnings. */
    public List<OcrCorrection> corrections() {
        return corrections;
    }

    /**
     * The chip access keys (Basic Access Control) derived from the document number (a long TD1
     * number in full), birth date and expiry as read.
     */
    public ChipAccessKeys chipAccessKeys() {
        return ChipAccessKeys.derive(documentNumberField, birthDateText, expiryDateText);
    }

    /** Format, document code, issuing state, masked document number and errors only. */
    @Override
    public String toString() {
        return "Mrz[" + format + ", " + documentCode + ", " + issuingState + ", document="
                + Redactor.maskKeepingLast4(documentNumber()) + ", errors=" + errors + "]";
    }

    String documentNumberField() {
        return documentNumberField;
    }

    static Optional<LocalDate> date(String yymmdd, IntUnaryOperator century) {
        if (!MrzReader.allDigits(yymmdd)) {
            return Optional.empty();
        }
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        try {
            return Optional.of(LocalDate.of(century.applyAsInt(2000 + yy),
                    Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String strip(String field) {
        int end = field.length();
        while (end > 0 && field.charAt(end - 1) == '<') {
            end--;
        }
        return field.substring(0, end);
    }

    private static String words(String field) {
        return SPACES.matcher(field.replace('<', ' ').trim()).replaceAll(" ");
    }
}
