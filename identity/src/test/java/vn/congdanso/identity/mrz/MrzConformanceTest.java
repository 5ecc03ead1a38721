package vn.congdanso.identity.mrz;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.time.VnTime;

import static org.assertj.core.api.Assertions.assertThat;

/** ICAO 9303 conformance: long TD1 document numbers, impossible days, the card's rules kept to the card. */
class MrzConformanceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), VnTime.ZONE);

    /** The ICAO Doc 9303 part 5 specimen with a twelve-character document number. */
    private static final String LONG_NUMBER_SPECIMEN = "I<UTOD23145890<7349<<<<<<<<<<<\n"
            + "3407127M9507122UTO<<<<<<<<<<<2\n"
            + "STEVENSON<<PETER<JOHN<<<<<<<<<";

    @Test
    void readsTheIcaoSpecimenWithALongDocumentNumber() {
        Mrz mrz = Mrz.parse(LONG_NUMBER_SPECIMEN);

        assertThat(mrz.documentNumber()).isEqualTo("D23145890734");
        assertThat(mrz.errors()).isEmpty();
        assertThat(mrz.checks()).containsOnlyKeys(MrzCheck.DOCUMENT_NUMBER, MrzCheck.BIRTH_DATE, MrzCheck.EXPIRY_DATE,
                MrzCheck.COMPOSITE).doesNotContainValue(false);
        assertThat(mrz.optionalData()).isEmpty();
        assertThat(mrz.corrections()).isEmpty();
    }

    @Test
    void derivesTheChipAccessKeysFromTheWholeLongNumber() {
        Mrz mrz = Mrz.parse(LONG_NUMBER_SPECIMEN);

        assertThat(mrz.chipAccessKeys().mrzInformation()).isEqualTo("D23145890734" + "9" + "340712" + "7" + "950712" + "2");
    }

    @Test
    void keepsTheOptionalDataAfterALongNumbersCheckDigit() {
        String text = LONG_NUMBER_SPECIMEN.replace("7349<<<<<<<<<<<", "7349<ABC<<<<<<<");
        String composite = text.substring(5, 30) + "3407127" + "9507122" + "<<<<<<<<<<<";
        Mrz mrz = Mrz.parse(text.replace("UTO<<<<<<<<<<<2", "UTO<<<<<<<<<<<" + CheckDigit.charOf(composite)));

        assertThat(mrz.documentNumber()).isEqualTo("D23145890734");
        assertThat(mrz.optionalData()).isEqualTo("<ABC");
        assertThat(mrz.errors()).isEmpty();
    }

    @Test
    void reportsABadCheckDigitOfALongNumber() {
        Mrz mrz = Mrz.parse(LONG_NUMBER_SPECIMEN.replace("D23145890<7349", "D23145890<7348"));

        assertThat(mrz.errors()).contains(MrzError.BAD_DOCUMENT_NUMBER_CHECK);
        assertThat(mrz.documentNumber()).isEqualTo("D23145890734");
    }

    @Test
    void flagsTheTwentyNinthOfFebruaryInAYearThatIsNotLeapInEitherCentury() {
        Mrz mrz = Mrz.parse(MrzFormatter.td3("UTO", "NGUYEN", "VAN A", "C0000001", "UTO", "850229", 'M', "300101", ""));

        assertThat(mrz.errors()).containsExactly(MrzError.BAD_DATE);
        assertThat(mrz.birthDate(CLOCK)).isEmpty();
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryOfLeapYears() {
        for (String birth : new String[] {"000229", "960229", "040229"}) {
            Mrz mrz = Mrz.parse(MrzFormatter.td3("UTO", "NGUYEN", "VAN A", "C0000001", "UTO", birth, 'M', "300101", ""));
            assertThat(mrz.errors()).as(birth).isEmpty();
        }
        assertThat(Mrz.parse(MrzFormatter.td3("UTO", "NGUYEN", "VAN A", "C0000001", "UTO", "000229", 'M', "300101", ""))
                .birthDate(CLOCK)).contains(LocalDate.of(2000, 2, 29));
    }

    @Test
    void flagsAnImpossibleExpiryOnATd1() {
        Mrz mrz = Mrz.parse(MrzFormatter.td1("I", "UTO", "C0000001", "900101", 'F', "270229", "NGUYEN", "THI B"));

        assertThat(mrz.errors()).containsExactly(MrzError.BAD_DATE);
    }

    @Test
    void readsAVietnameseCrewCardByTheGenericRulesAsPrinted() {
        String text = MrzFormatter.td1("AC", "VNM", "A5129ZN", "900101", 'M', "300101", "NGUYEN", "VAN A");
        assertThat(text).startsWith("ACVNMA5129ZN<<3");

        Mrz mrz = Mrz.parse(text);
        VietnameseIdMrz read = VietnameseIdMrz.parse(text);

        assertThat(VietnameseIdMrz.appliesTo(mrz)).isFalse();
        assertThat(mrz.errors()).isEmpty();
        assertThat(mrz.documentNumber()).isEqualTo("A5129ZN");
        assertThat(read.documentNumber()).isEqualTo("A5129ZN");
        assertThat(read.checks()).containsEntry(MrzCheck.DOCUMENT_NUMBER, true).containsEntry(MrzCheck.COMPOSITE, true);
        assertThat(read.errors()).contains(MrzError.BAD_DOCUMENT_CODE).doesNotContain(MrzError.BAD_DOCUMENT_NUMBER_CHECK,
                MrzError.BAD_COMPOSITE_CHECK);
        assertThat(read.corrections()).isEmpty();
    }

    @Test
    void readsAVietnameseIdentityDocumentOtherThanTheChipCardAsPrinted() {
        String text = MrzFormatter.td1("I", "VNM", "1D4FD17XO", "900101", 'F', "300101", "TRAN", "THI B");
        assertThat(text).startsWith("I<VNM1D4FD17XO7<");

        Mrz mrz = Mrz.parse(text);
        VietnameseIdMrz read = VietnameseIdMrz.parse(text);

        assertThat(VietnameseIdMrz.appliesTo(mrz)).isFalse();
        assertThat(mrz.errors()).isEmpty();
        assertThat(read.documentNumber()).isEqualTo("1D4FD17XO");
        assertThat(read.checks()).containsEntry(MrzCheck.DOCUMENT_NUMBER, true);
        assertThat(read.corrections()).isEmpty();
    }

    @Test
    void appliesTheCardsRulesToTheChipCardsDocumentCode() {
        Mrz card = Mrz.parse(MrzFormatter.vietnameseTd1("001090123456", "900101", 'M', "300101", "NGUYEN", "VAN A"));

        assertThat(VietnameseIdMrz.appliesTo(card)).isTrue();
        assertThat(VietnameseIdMrz.appliesTo(Mrz.parse(LONG_NUMBER_SPECIMEN))).isFalse();
        assertThat(VietnameseIdMrz.appliesTo(Mrz.parse(MrzTest.TD3))).isFalse();
    }

    @Test
    void correctsTheCardsNumbersOnlyWhenTheCheckFailsAsPrintedAndReportsEachDigit() {
        String printed = MrzFormatter.vietnameseTd1("001090123456", "900101", 'M', "300101", "NGUYEN", "VAN A");
        String misread = printed.replaceFirst("IDVNM090123456", "IDVNMO9O123456");

        VietnameseIdMrz mrz = VietnameseIdMrz.parse(misread);

        assertThat(mrz.documentNumber()).isEqualTo("090123456");
        assertThat(mrz.corrections()).containsExactly(new OcrCorrection("documentNumber", 5, 'O', '0'),
                new OcrCorrection("documentNumber", 7, 'O', '0'));
        assertThat(VietnameseIdMrz.parse(printed).corrections()).isEmpty();
    }

    @Test
    void keepsTheLettersWhenCorrectingThemDoesNotMakeTheCheckPass() {
        String printed = MrzFormatter.vietnameseTd1("001090123456", "900101", 'M', "300101", "NGUYEN", "VAN A");
        String misread = printed.replaceFirst("IDVNM0901234562", "IDVNMO9O1234569");

        VietnameseIdMrz mrz = VietnameseIdMrz.parse(misread);

        assertThat(mrz.documentNumber()).isEqualTo("O9O123456");
        assertThat(mrz.errors()).contains(MrzError.BAD_DOCUMENT_NUMBER_CHECK);
        assertThat(mrz.corrections()).extracting(OcrCorrection::field).doesNotContain("documentNumber");
    }
}
