package vn.congdanso.identity.mrz;

import java.time.DateTimeException;
import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generators that found the ICAO 9303 conformance bugs: long TD1 document numbers, every
 * month/day pair (impossible days included), and Vietnamese TD1 documents other than the chip card
 * whose numbers hold the letters OCR confuses with digits.
 */
class MrzConformancePropertyTest {

    @Property(tries = 300)
    void readsLongTd1DocumentNumbersWhole(@ForAll("longNumbers") String number) {
        Mrz mrz = Mrz.parse(MrzFormatter.td1("I", "UTO", number, "900101", 'F', "300101", "NGUYEN", "THI B"));

        assertThat(mrz.documentNumber()).isEqualTo(number);
        assertThat(mrz.errors()).isEmpty();
        assertThat(mrz.corrections()).isEmpty();
        assertThat(mrz.chipAccessKeys().mrzInformation()).startsWith(number + CheckDigit.charOf(number));
    }

    @Property(tries = 300)
    void flagsExactlyTheDaysThatExistInNeitherCentury(@ForAll @IntRange(min = 0, max = 99) int yy,
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 31) int day) {
        String birth = String.format("%02d%02d%02d", yy, month, day);
        boolean exists = exists(1900 + yy, month, day) || exists(2000 + yy, month, day);

        Mrz mrz = Mrz.parse(MrzFormatter.td3("UTO", "NGUYEN", "VAN A", "C0000001", "UTO", birth, 'M', "300101", ""));

        assertThat(mrz.errors().contains(MrzError.BAD_DATE)).as(birth).isEqualTo(!exists);
    }

    @Property(tries = 300)
    void readsVietnameseDocumentsOtherThanTheCardAsPrinted(@ForAll("codes") String code, @ForAll("ocrNumbers") String number) {
        String text = MrzFormatter.td1(code, "VNM", number, "900101", 'M', "300101", "NGUYEN", "VAN A");

        Mrz mrz = Mrz.parse(text);
        VietnameseIdMrz read = VietnameseIdMrz.parse(text);

        assertThat(VietnameseIdMrz.appliesTo(mrz)).isFalse();
        assertThat(mrz.errors()).isEmpty();
        assertThat(read.documentNumber()).isEqualTo(number);
        assertThat(read.corrections()).isEmpty();
        assertThat(read.errors()).doesNotContain(MrzError.BAD_DOCUMENT_NUMBER_CHECK, MrzError.BAD_COMPOSITE_CHECK);
    }

    @Provide
    Arbitrary<String> longNumbers() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").ofMinLength(10).ofMaxLength(23);
    }

    @Provide
    Arbitrary<String> ocrNumbers() {
        return Arbitraries.strings().withChars("OIBSZ0123456789ADX").ofMinLength(1).ofMaxLength(9);
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.of("I", "AC", "IP", "IR", "IV");
    }

    private static boolean exists(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
