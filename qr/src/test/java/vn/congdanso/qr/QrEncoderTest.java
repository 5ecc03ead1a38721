package vn.congdanso.qr;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QrEncoderTest {

    private static final String DESK_TEXT = "Bộ phận Một cửa – UBND xã Đoan Hùng: đăng ký khai sinh";

    @Test
    void defaultsToErrorCorrectionM() {
        assertThat(QrEncoder.standard().errorCorrection()).isEqualTo(ErrorCorrection.M);
        assertThat(QrEncoder.standard().encode("1.001612").errorCorrection()).isEqualTo(ErrorCorrection.M);
    }

    @Test
    void encodesAsciiWithoutEci() {
        QrCode code = QrEncoder.standard().encode("https://dichvucong.gov.vn/p/home/dvc-thu-tuc-hanh-chinh.html");

        assertThat(code.eci()).isFalse();
        assertThat(QrDecoder.standard().decode(TestImages.luminance(TestImages.toBufferedImage(code, 4, 4))).eci()).isFalse();
    }

    @Test
    void encodesVietnameseAsUtf8BehindAnEci() {
        QrCode code = QrEncoder.standard().encode(DESK_TEXT);

        DecodedQr decoded = QrDecoder.standard().decode(TestImages.luminance(TestImages.toBufferedImage(code, 4, 4)));
        assertThat(code.eci()).isTrue();
        assertThat(decoded.eci()).isTrue();
        assertThat(decoded.charset()).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("UTF-8"));
        assertThat(decoded.text()).isEqualTo(DESK_TEXT);
    }

    @Test
    void normalisesDecomposedTextToNfc() {
        String decomposed = Normalizer.normalize(DESK_TEXT, Normalizer.Form.NFD);

        QrCode code = QrEncoder.standard().encode(decomposed);

        assertThat(QrDecoder.standard().decode(TestImages.luminance(TestImages.toBufferedImage(code, 4, 4))).text()).isEqualTo(DESK_TEXT);
    }

    @Test
    void makesLargerSymbolsAtHigherErrorCorrection() {
        int low = QrEncoder.builder().errorCorrection(ErrorCorrection.L).build().encode(DESK_TEXT).version();
        int high = QrEncoder.builder().errorCorrection(ErrorCorrection.H).build().encode(DESK_TEXT).version();

        assertThat(high).isGreaterThan(low);
    }

    @Test
    void reportsSizeFromVersion() {
        QrCode code = QrEncoder.standard().encode("HELLO");

        assertThat(code.version()).isEqualTo(1);
        assertThat(code.size()).isEqualTo(21);
        assertThat(code.isDark(0, 0)).isTrue();
        assertThat(code.isDark(-1, 0)).isFalse();
        assertThat(code.isDark(21, 21)).isFalse();
    }

    @Test
    void rejectsEmptyText() {
        assertThatThrownBy(() -> QrEncoder.standard().encode(""))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(QrError.EMPTY_TEXT));
    }

    @Test
    void rejectsTextTooLongForVersion40() {
        String tooLong = "Đ".repeat(1500);

        assertThatThrownBy(() -> QrEncoder.builder().errorCorrection(ErrorCorrection.H).build().encode(tooLong))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(QrError.TEXT_TOO_LONG));
        assertThatThrownBy(() -> QrEncoder.standard().encode("1".repeat(8000)))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(QrError.TEXT_TOO_LONG));
    }

    @Test
    void rejectsLoneSurrogateWithItsOffset() {
        assertThatThrownBy(() -> QrEncoder.standard().encode("Hồ sơ \uD83D"))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(QrError.BAD_TEXT);
                    assertThat(e.offset()).hasValue(6);
                });
    }

    @Test
    void encodesSupplementaryCharacters() {
        String text = "Hồ sơ 📄 đã tiếp nhận";

        QrCode code = QrEncoder.standard().encode(text);

        assertThat(QrDecoder.standard().decode(TestImages.luminance(TestImages.toBufferedImage(code, 4, 4))).text()).isEqualTo(text);
    }

    @Property(tries = 300, seed = "20261129")
    void roundTripsAnyTextOrRejectsItWithATypedError(@ForAll @StringLength(max = 120) String text) {
        QrCode code;
        try {
            code = QrEncoder.standard().encode(text);
        } catch (RejectedException e) {
            assertThat(e.code()).isIn(QrError.EMPTY_TEXT, QrError.BAD_TEXT);
            return;
        }
        String expected = Normalizer.normalize(text, Normalizer.Form.NFC);
        assertThat(QrDecoder.standard().decode(TestImages.luminance(TestImages.toBufferedImage(code, 2, 4))).text()).isEqualTo(expected);
    }

    @Test
    void rejectsNullText() {
        assertThatThrownBy(() -> QrEncoder.standard().encode(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text == null");
    }
}
