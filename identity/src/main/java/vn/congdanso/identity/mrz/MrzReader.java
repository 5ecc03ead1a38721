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

/**
 * Reads the fields of a structurally sound MRZ text by the TD1 or TD3 layout: corrects OCR
 * confusions in numeric fields, evaluates every check digit and collects the errors.
 */
final class MrzReader {

    private final MrzText text;
    private final List<OcrCorrection> corrections = new ArrayList<>();
    private final Map<MrzCheck, Boolean> checks = new EnumMap<>(MrzCheck.class);
    private final Set<MrzError> errors = EnumSet.noneOf(MrzError.class);

    private MrzReader(MrzText text) {
        this.text = text;
    }

    /**
     * Reads {@code text}; with {@code vietnameseNumbers}, the document number and the 12-digit ID
     * number of the Vietnamese card (TD1 line 1) are numeric fields too.
     */
    static MrzReader read(MrzText text, boolean vietnameseNumbers) {
        MrzReader reader = new MrzReader(text);
        if (text.format() == MrzFormat.TD1) {
            reader.readTd1(vietnameseNumbers);
        } else {
            reader.readTd3();
        }
        reader.checkFields();
        return reader;
    }

    Mrz toMrz() {
        return new Mrz(this);
    }

    private void readTd1(boolean vietnameseNumbers) {
        if (vietnameseNumbers) {
            text.correctDigits(0, 5, 14, "documentNumber", corrections);
            text.correctDigits(0, 15, 27, "idNumber", corrections);
            text.correctDigits(0, 29, 30, "idNumberCheck", corrections);
        }
        text.correctDigits(0, 14, 15, "documentNumberCheck", corrections);
        text.correctDigits(1, 0, 7, "birthDate", corrections);
        text.correctDigits(1, 8, 15, "expiryDate", corrections);
        text.correctDigits(1, 29, 30, "compositeCheck", corrections);
        check(MrzCheck.DOCUMENT_NUMBER, text.substring(0, 5, 14), text.at(0, 14), false);
        check(MrzCheck.BIRTH_DATE, birthDate(), text.at(1, 6), false);
        check(MrzCheck.EXPIRY_DATE, expiryDate(), text.at(1, 14), false);
        String composite = text.substring(0, 5, 30) + text.substring(1, 0, 7) + text.substring(1, 8, 15)
                + text.substring(1, 18, 29);
        check(MrzCheck.COMPOSITE, composite, text.at(1, 29), false);
    }

    private void readTd3() {
        text.correctDigits(1, 9, 10, "documentNumberCheck", corrections);
        text.correctDigits(1, 13, 20, "birthDate", corrections);
        text.correctDigits(1, 21, 28, "expiryDate", corrections);
        text.correctDigits(1, 42, 44, "personalNumberCheck", corrections);
        check(MrzCheck.DOCUMENT_NUMBER, documentNumber(), text.at(1, 9), false);
        check(MrzCheck.BIRTH_DATE, birthDate(), text.at(1, 19), false);
        check(MrzCheck.EXPIRY_DATE, expiryDate(), text.at(1, 27), false);
        check(MrzCheck.PERSONAL_NUMBER, optionalData(), text.at(1, 42), true);
        String composite = text.substring(1, 0, 10) + text.substring(1, 13, 20) + text.substring(1, 21, 43);
        check(MrzCheck.COMPOSITE, composite, text.at(1, 43), false);
    }

    private void check(MrzCheck which, String field, char read, boolean fillerWhenEmpty) {
        boolean passed = read == CheckDigit.charOf(field)
                || fillerWhenEmpty && read == '<' && field.chars().allMatch(c -> c == '<');
        checks.put(which, passed);
        if (!passed) {
            errors.add(which.error());
        }
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

    String documentNumber() {
        return td1() ? text.substring(0, 5, 14) : text.substring(1, 0, 9);
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

    String optionalData() {
        return td1() ? text.substring(0, 15, 30) : text.substring(1, 28, 42);
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

    private static boolean plausibleDate(String yymmdd) {
        if (yymmdd.indexOf('<') >= 0) {
            return yymmdd.chars().allMatch(c -> c == '<' || c >= '0' && c <= '9');
        }
        if (!allDigits(yymmdd)) {
            return false;
        }
        try {
            LocalDate.of(2000, Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
