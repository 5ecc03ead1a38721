package vn.congdanso.identity.mrz;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Reads the fields of a structurally sound MRZ text by the TD1 or TD3 layout and evaluates every
 * check digit as printed. Only when a check fails are the letters OCR confuses with digits
 * corrected in that check's numeric fields; the corrections are kept, and reported, only if the
 * check then passes. A TD1 document number longer than nine characters is read across the
 * optional data, as ICAO 9303 part 5 lays it out.
 */
final class MrzReader {

    private final MrzText text;
    private final boolean cardRules;
    private final int longNumberCheck;
    private final List<OcrCorrection> corrections = new ArrayList<>();
    private final Map<MrzCheck, Boolean> checks = new EnumMap<>(MrzCheck.class);
    private final Set<MrzError> errors = EnumSet.noneOf(MrzError.class);

    private MrzReader(MrzText text, boolean cardRules) {
        this.text = text;
        this.cardRules = cardRules;
        this.longNumberCheck = text.format() == MrzFormat.TD1 && !cardRules ? longNumberCheckColumn(text) : -1;
    }

    /**
     * Reads {@code text}; with {@code cardRules} (the Vietnamese chip ID card, document code
     * {@code ID}), the document number and the 12-digit ID number of TD1 line 1 are numeric fields
     * too, and the document number is never read as a long one.
     */
    static MrzReader read(MrzText text, boolean cardRules) {
        MrzReader reader = new MrzReader(text, cardRules);
        if (text.format() == MrzFormat.TD1) {
            reader.readTd1();
        } else {
            reader.readTd3();
        }
        reader.checkFields();
        return reader;
    }

    Mrz toMrz() {
        return new Mrz(this);
    }

    private void readTd1() {
        if (cardRules) {
            check(MrzCheck.DOCUMENT_NUMBER, () -> passes(documentNumber(), text.at(0, 14), false),
                    new Span(0, 5, 14, "documentNumber"), new Span(0, 14, 15, "documentNumberCheck"));
            passesOrCorrected(() -> text.at(0, 29) == CheckDigit.charOf(text.substring(0, 15, 27)),
                    new Span(0, 15, 27, "idNumber"), new Span(0, 29, 30, "idNumberCheck"));
        } else {
            int column = longNumberCheck < 0 ? 14 : longNumberCheck;
            check(MrzCheck.DOCUMENT_NUMBER, () -> passes(documentNumber(), text.at(0, column), false),
                    new Span(0, column, column + 1, "documentNumberCheck"));
        }
        check(MrzCheck.BIRTH_DATE, () -> passes(birthDate(), text.at(1, 6), false), new Span(1, 0, 7, "birthDate"));
        check(MrzCheck.EXPIRY_DATE, () -> passes(expiryDate(), text.at(1, 14), false), new Span(1, 8, 15, "expiryDate"));
        check(MrzCheck.COMPOSITE, () -> passes(text.substring(0, 5, 30) + text.substring(1, 0, 7)
                + text.substring(1, 8, 15) + text.substring(1, 18, 29), text.at(1, 29), false),
                new Span(1, 29, 30, "compositeCheck"));
    }

    private void readTd3() {
        check(MrzCheck.DOCUMENT_NUMBER, () -> passes(documentNumber(), text.at(1, 9), false),
                new Span(1, 9, 10, "documentNumberCheck"));
        check(MrzCheck.BIRTH_DATE, () -> passes(birthDate(), text.at(1, 19), false), new Span(1, 13, 20, "birthDate"));
        check(MrzCheck.EXPIRY_DATE, () -> passes(expiryDate(), text.at(1, 27), false), new Span(1, 21, 28, "expiryDate"));
        check(MrzCheck.PERSONAL_NUMBER, () -> passes(optionalData(), text.at(1, 42), true),
                new Span(1, 42, 43, "personalNumberCheck"));
        check(MrzCheck.COMPOSITE, () -> passes(text.substring(1, 0, 10) + text.substring(1, 13, 20)
                + text.substring(1, 21, 43), text.at(1, 43), false), new Span(1, 43, 44, "compositeCheck"));
    }

    /** Records the outcome of a check that passes as printed or after OCR corrections in {@code numeric}. */
    private void check(MrzCheck which, BooleanSupplier passes, Span... numeric) {
        boolean passed = passesOrCorrected(passes, numeric);
        checks.put(which, passed);
        if (!passed) {
            errors.add(which.error());
        }
    }

    /**
     * Whether {@code passes} holds as printed or, failing that, once the letters OCR confuses with
     * digits are replaced in {@code numeric}; the replacements are kept only in the second case.
     */
    private boolean passesOrCorrected(BooleanSupplier passes, Span... numeric) {
        if (passes.getAsBoolean()) {
            return true;
        }
        char[][] printed = text.save();
        List<OcrCorrection> tried = new ArrayList<>();
        for (Span span : numeric) {
            text.correctDigits(span.line(), span.from(), span.to(), span.field(), tried);
        }
        if (!tried.isEmpty() && passes.getAsBoolean()) {
            corrections.addAll(tried);
            return true;
        }
        text.restore(printed);
        return false;
    }

    private static boolean passes(String field, char read, boolean fillerWhenEmpty) {
        return read == CheckDigit.charOf(field) || fillerWhenEmpty && read == '<' && field.chars().allMatch(c -> c == '<');
    }

    /**
     * The column of the check digit of a TD1 document number longer than nine characters, or -1: the
     * number fills columns 5–13, column 14 holds {@code <}, and the rest of the number and its
     * check digit open the optional data, ended by {@code <} or the line.
     */
    private static int longNumberCheckColumn(MrzText text) {
        if (text.at(0, 14) != '<' || text.substring(0, 5, 14).indexOf('<') >= 0) {
            return -1;
        }
        int end = 15;
        while (end < 30 && text.at(0, end) != '<') {
            end++;
        }
        return end - 15 >= 2 ? end - 1 : -1;
    }

    /** Columns {@code [from, to)} of {@code line}, numeric, named {@code field} in corrections. */
    private record Span(int line, int from, int to, String field) {
    }

    private void checkFields() {
        if (!plausibleDate(birthDate()) || !plausibleDate(expiryDate())) {
            errors.add(MrzError.BAD_DATE);
        }
        char sex = sex();
        if (sex != 'M' && sex != 'F' && sex != 'X' && sex != '<') {
            errors.add(MrzError.BAD_SEX);
        }
    }

    MrzFormat format() {
        return text.format();
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < text.format().lines(); i++) {
            lines.add(text.substring(i, 0, text.format().lineLength()));
        }
        return List.copyOf(lines);
    }

    String documentCode() {
        return text.substring(0, 0, 2);
    }

    String issuingState() {
        return text.substring(0, 2, 5);
    }

    /** The document number field; a long TD1 number in full, without its check digit. */
    String documentNumber() {
        if (!td1()) {
            return text.substring(1, 0, 9);
        }
        return longNumberCheck < 0 ? text.substring(0, 5, 14) : text.substring(0, 5, 14) + text.substring(0, 15, longNumberCheck);
    }

    String birthDate() {
        return td1() ? text.substring(1, 0, 6) : text.substring(1, 13, 19);
    }

    char sex() {
        return td1() ? text.at(1, 7) : text.at(1, 20);
    }

    String expiryDate() {
        return td1() ? text.substring(1, 8, 14) : text.substring(1, 21, 27);
    }

    String nationality() {
        return td1() ? text.substring(1, 15, 18) : text.substring(1, 10, 13);
    }

    String name() {
        return td1() ? text.substring(2, 0, 30) : text.substring(0, 5, 44);
    }

    /** TD1: the optional data of line 1 after a long number's check digit; TD3: the personal number. */
    String optionalData() {
        if (!td1()) {
            return text.substring(1, 28, 42);
        }
        return text.substring(0, longNumberCheck < 0 ? 15 : longNumberCheck + 1, 30);
    }

    Optional<String> optionalData2() {
        return td1() ? Optional.of(text.substring(1, 18, 29)) : Optional.empty();
    }

    Map<MrzCheck, Boolean> checks() {
        return Collections.unmodifiableMap(new EnumMap<>(checks));
    }

    List<MrzError> errors() {
        return List.copyOf(errors);
    }

    List<OcrCorrection> corrections() {
        return List.copyOf(corrections);
    }

    static boolean allDigits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private boolean td1() {
        return text.format() == MrzFormat.TD1;
    }

    /**
     * Whether {@code yymmdd} names a real day in 19YY or in 20YY (the MRZ does not say which), or
     * holds fillers for unknown parts.
     */
    private static boolean plausibleDate(String yymmdd) {
        if (yymmdd.indexOf('<') >= 0) {
            return yymmdd.chars().allMatch(c -> c == '<' || c >= '0' && c <= '9');
        }
        if (!allDigits(yymmdd)) {
            return false;
        }
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        return isDay(1900 + yy, yymmdd) || isDay(2000 + yy, yymmdd);
    }

    private static boolean isDay(int year, String yymmdd) {
        try {
            LocalDate.of(year, Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
