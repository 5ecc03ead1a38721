package vn.congdanso.core.text;

import java.text.Normalizer;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VietnameseTextTest {

    /** Every vowel with no tone and with huyền, sắc, hỏi, ngã, nặng; lower then upper case. */
    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "a, aàáảãạ",  "a, ăằắẳẵặ", "a, âầấẩẫậ",
        "e, eèéẻẽẹ",  "e, êềếểễệ",
        "i, iìíỉĩị",
        "o, oòóỏõọ",  "o, ôồốổỗộ", "o, ơờớởỡợ",
        "u, uùúủũụ",  "u, ưừứửữự",
        "y, yỳýỷỹỵ",
        "A, AÀÁẢÃẠ",  "A, ĂẰẮẲẴẶ", "A, ÂẦẤẨẪẬ",
        "E, EÈÉẺẼẸ",  "E, ÊỀẾỂỄỆ",
        "I, IÌÍỈĨỊ",
        "O, OÒÓỎÕỌ",  "O, ÔỒỐỔỖỘ", "O, ƠỜỚỞỠỢ",
        "U, UÙÚỦŨỤ",  "U, ƯỪỨỬỮỰ",
        "Y, YỲÝỶỸỴ",
    })
    void foldsEveryVowelWithEveryToneMark(String base, String letters) {
        assertThat(VietnameseText.foldToAscii(letters)).isEqualTo(base.repeat(6));
        assertThat(VietnameseText.foldToAscii(Normalizer.normalize(letters, Normalizer.Form.NFD)))
                .isEqualTo(base.repeat(6));
    }

    @Test
    void foldsDWithStroke() {
        assertThat(VietnameseText.foldToAscii("đĐ")).isEqualTo("dD");
        assertThat(VietnameseText.foldToAscii("Đoan Hùng, Phú Thọ")).isEqualTo("Doan Hung, Phu Tho");
    }

    @Test
    void foldToAsciiDropsWhatIsStillNotAscii() {
        assertThat(VietnameseText.foldToAscii("Lệ phí 120.000 ₫ ✓")).isEqualTo("Le phi 120.000  ");
        assertThat(VietnameseText.stripDiacritics("Lệ phí 120.000 ₫")).isEqualTo("Le phi 120.000 ₫");
    }

    @Test
    void leavesAsciiAlone() {
        String ascii = "NGUYEN VAN A";

        assertThat(VietnameseText.foldToAscii(ascii)).isSameAs(ascii);
    }

    @Test
    void normalisesToNfc() {
        String nfd = Normalizer.normalize("Nguyễn Văn A", Normalizer.Form.NFD);

        assertThat(VietnameseText.nfc(nfd)).isEqualTo("Nguyễn Văn A");
        assertThat(VietnameseText.length(nfd)).isEqualTo(12);
    }

    @Test
    void truncatesAtCodePointBoundaries() {
        assertThat(VietnameseText.truncate("Phú Thọ", 3)).isEqualTo("Phú");
        assertThat(VietnameseText.truncate("a😀b", 2)).isEqualTo("a😀");
        assertThat(VietnameseText.truncate("a😀b", 1)).isEqualTo("a");
        assertThat(VietnameseText.truncate("short", 25)).isEqualTo("short");
    }

    @Test
    void neverSeparatesALetterFromItsMarks() {
        String decomposedOnly = "e\u0301\u0302x";

        assertThat(VietnameseText.truncate(decomposedOnly, 1)).isEmpty();
    }

    @Test
    void rejectsNegativeLimits() {
        assertThatThrownBy(() -> VietnameseText.truncate("x", -1)).isInstanceOf(RejectedException.class);
    }

    @Test
    void mapsCaseUnderVietnameseRules() {
        assertThat(VietnameseText.toUpperCase("nguyễn văn đức")).isEqualTo("NGUYỄN VĂN ĐỨC");
        assertThat(VietnameseText.toLowerCase("PHÚ THỌ")).isEqualTo("phú thọ");
    }

    @Test
    void makesSearchKeysInsensitiveToDiacriticsCaseAndSpacing() {
        assertThat(VietnameseText.searchKey("  Đăng ký   KHAI SINH ")).isEqualTo("dang ky khai sinh");
    }

    @Property(tries = 2000)
    void truncationNeverGrowsAndAlwaysYieldsValidText(@ForAll String text, @ForAll @IntRange(max = 40) int limit) {
        String truncated = VietnameseText.truncate(text, limit);

        assertThat(truncated.codePointCount(0, truncated.length())).isLessThanOrEqualTo(limit);
        assertThat(VietnameseText.nfc(text)).startsWith(truncated);
    }

    @Property(tries = 2000)
    void foldingAlwaysYieldsPrintableAscii(@ForAll String text) {
        assertThat(VietnameseText.foldToAscii(text)).matches("[\\x20-\\x7e]*");
    }
}
