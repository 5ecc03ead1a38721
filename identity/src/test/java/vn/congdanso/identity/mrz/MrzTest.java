package vn.congdanso.identity.mrz;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.time.VnTime;
import vn.congdanso.identity.card.Sex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MrzTest {

    /** The ICAO Doc 9303 part 4 specimen passport (fictional holder of fictional Utopia). */
    static final String TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
            + "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    /** The ICAO Doc 9303 part 5 specimen ID card. */
    static final String TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n"
            + "7408122F1204159UTO<<<<<<<<<<<6\n"
            + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), VnTime.ZONE);

    @Test
    void readsTheIcaoSpecimenPassport() {
        Mrz mrz = Mrz.parse(TD3);

        assertThat(mrz.valid()).isTrue();
        assertThat(mrz.format()).isEqualTo(MrzFormat.TD3);
        assertThat(mrz.documentCode()).isEqualTo("P");
        assertThat(mrz.issuingState()).isEqualTo("UTO");
        assertThat(mrz.documentNumber()).isEqualTo("L898902C3");
        assertThat(mrz.nationality()).isEqualTo("UTO");
        assertThat(mrz.birthDate(CLOCK)).contains(LocalDate.of(1974, 8, 12));
        assertThat(mrz.sex()).contains(Sex.FEMALE);
        assertThat(mrz.expiryDate(CLOCK)).contains(LocalDate.of(2012, 4, 15));
        assertThat(mrz.surname()).isEqualTo("ERIKSSON");
        assertThat(mrz.givenNames()).isEqualTo("ANNA MARIA");
        assertThat(mrz.optionalData()).isEqualTo("ZE184226B");
        assertThat(mrz.optionalData2()).isEmpty();
        assertThat(mrz.checks()).containsOnlyKeys(MrzCheck.DOCUMENT_NUMBER, MrzCheck.BIRTH_DATE, MrzCheck.EXPIRY_DATE,
                MrzCheck.PERSONAL_NUMBER, MrzCheck.COMPOSITE).doesNotContainValue(false);
        assertThat(mrz.corrections()).isEmpty();
    }

    @Test
    void readsTheIcaoSpecimenIdCard() {
        Mrz mrz = Mrz.parse(TD1);

        assertThat(mrz.valid()).isTrue();
        assertThat(mrz.format()).isEqualTo(MrzFormat.TD1);
        assertThat(mrz.documentCode()).isEqualTo("I");
        assertThat(mrz.documentNumber()).isEqualTo("D23145890");
        assertThat(mrz.birthDateText()).isEqualTo("740812");
        assertThat(mrz.expiryDateText()).isEqualTo("120415");
        assertThat(mrz.givenNames()).isEqualTo("ANNA MARIA");
        assertThat(mrz.nameMayBeTruncated()).isFalse();
        assertThat(mrz.checks()).containsOnlyKeys(MrzCheck.DOCUMENT_NUMBER, MrzCheck.BIRTH_DATE, MrzCheck.EXPIRY_DATE,
                MrzCheck.COMPOSITE);
    }

    @Test
    void choosesTheCenturyOfOldExpiryDatesFromTheClock() {
        Mrz mrz = Mrz.parse(MrzFormatter.td3("UTO", "A", "B", "L898902C", "UTO", "690806", 'M', "940623", ""));

        assertThat(mrz.birthDate(CLOCK)).contains(LocalDate.of(1969, 8, 6));
        assertThat(mrz.expiryDate(CLOCK)).contains(LocalDate.of(1994, 6, 23));
        assertThat(mrz.checks()).containsEntry(MrzCheck.PERSONAL_NUMBER, true);
    }

    @ParameterizedTest
    @CsvSource({"1,9,BAD_DOCUMENT_NUMBER_CHECK", "1,19,BAD_BIRTH_DATE_CHECK", "1,27,BAD_EXPIRY_CHECK",
        "1,42,BAD_PERSONAL_NUMBER_CHECK", "1,43,BAD_COMPOSITE_CHECK"})
    void catchesEachCorruptedPassportCheckDigit(int line, int column, MrzError expected) {
        Mrz mrz = Mrz.parse(corrupt(TD3, line, column));

        assertThat(mrz.valid()).isFalse();
        assertThat(mrz.errors()).contains(expected);
        assertThat(mrz.checks()).containsValue(false);
    }

    @ParameterizedTest
    @CsvSource({"0,14,BAD_DOCUMENT_NUMBER_CHECK", "1,6,BAD_BIRTH_DATE_CHECK", "1,14,BAD_EXPIRY_CHECK",
        "1,29,BAD_COMPOSITE_CHECK"})
    void catchesEachCorruptedIdCardCheckDigit(int line, int column, MrzError expected) {
        Mrz mrz = Mrz.parse(corrupt(TD1, line, column));

        assertThat(mrz.errors()).contains(expected);
    }

    @Test
    void correctsOcrConfusionsOnlyInNumericFields() {
        String misread = TD3.replace("7408122F1204159", "74O8I22F12O4I59");

        Mrz mrz = Mrz.parse(misread);

        assertThat(mrz.valid()).isTrue();
        assertThat(mrz.birthDateText()).isEqualTo("740812");
        assertThat(mrz.corrections()).extracting(OcrCorrection::field)
                .containsExactly("birthDate", "birthDate", "expiryDate", "expiryDate");
        assertThat(mrz.corrections().get(0)).isEqualTo(new OcrCorrection("birthDate", 45 + 15, 'O', '0'));
    }

    @Test
    void leavesLettersInAlphanumericFieldsAlone() {
        Mrz mrz = Mrz.parse(TD3.replace("L898902C3", "L898902CS"));

        assertThat(mrz.documentNumber()).isEqualTo("L898902CS");
        assertThat(mrz.errors()).contains(MrzError.BAD_DOCUMENT_NUMBER_CHECK);
    }

    @Test
    void reportsImpossibleDatesAndSex() {
        Mrz mrz = Mrz.parse(MrzFormatter.td3("UTO", "A", "B", "X1", "UTO", "741312", 'Q', "120431", ""));

        assertThat(mrz.errors()).containsExactly(MrzError.BAD_DATE, MrzError.BAD_SEX);
        assertThat(mrz.birthDate(CLOCK)).isEmpty();
        assertThat(mrz.sex()).isEmpty();
    }

    @Test
    void acceptsUnknownBirthDateParts() {
        Mrz mrz = Mrz.parse(MrzFormatter.td3("UTO", "A", "B", "X1", "UTO", "74<<<<", '<', "120430", ""));

        assertThat(mrz.valid()).isTrue();
        assertThat(mrz.birthDate(CLOCK)).isEmpty();
    }

    @Test
    void acceptsLinesAsAListWithSurroundingBlanks() {
        Mrz mrz = Mrz.parse(List.of("  " + TD1.split("\n")[0] + "\r", TD1.split("\n")[1], "", TD1.split("\n")[2]));

        assertThat(mrz.valid()).isTrue();
    }

    @Test
    void rejectsAWrongLineCount() {
        assertThatThrownBy(() -> Mrz.parse(TD3.split("\n")[0]))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(MrzError.BAD_LINE_COUNT));
        assertThatThrownBy(() -> Mrz.parse(TD1 + "\n" + TD1))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(MrzError.BAD_LINE_COUNT));
    }

    @Test
    void rejectsAWrongLineLengthAtItsOffset() {
        assertThatThrownBy(() -> Mrz.parse(TD1.replace("<<<6\n", "<<6\n")))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(MrzError.BAD_LINE_LENGTH);
                    assertThat(e.offset()).hasValue(31 + 29);
                });
    }

    @Test
    void rejectsANonMrzCharacterAtItsOffset() {
        assertThatThrownBy(() -> Mrz.parse(TD1.replace("ERIKSSON", "ERIKSSÖN")))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(MrzError.BAD_CHARACTER);
                    assertThat(e.offset()).hasValue(62 + 6);
                });
    }

    @Test
    void rejectsOverlongText() {
        assertThatThrownBy(() -> Mrz.parse(TD3 + "\n".repeat(300)))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(MrzError.TOO_LONG));
    }

    @Test
    void masksTheDocumentNumberAndHidesNamesInToString() {
        assertThat(Mrz.parse(TD1).toString()).contains("*****5890").doesNotContain("D23145890", "ERIKSSON", "740812");
    }

    static String corrupt(String text, int line, int column) {
        String[] lines = text.split("\n");
        char[] chars = lines[line].toCharArray();
        chars[column] = chars[column] == '<' ? '1' : (char) ('0' + (chars[column] - '0' + 1) % 10);
        lines[line] = new String(chars);
        return String.join("\n", lines);
    }
}
