package vn.congdanso.qr;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LuminanceImageTest {

    @Test
    void copiesPixelsInAndOut() {
        byte[] pixels = {1, 2, 3, 4, 5, 6};
        LuminanceImage image = LuminanceImage.of(pixels, 3, 2);
        pixels[0] = 9;

        assertThat(image.pixels()).containsExactly(1, 2, 3, 4, 5, 6);
        image.pixels()[1] = 9;
        assertThat(image.pixels()[1]).isEqualTo((byte) 2);
        assertThat(image).isEqualTo(LuminanceImage.of(new byte[] {1, 2, 3, 4, 5, 6}, 3, 2));
        assertThat(image.toString()).isEqualTo("LuminanceImage[3 × 2]");
    }

    @Test
    void rejectsSizeThatDoesNotMatchPixels() {
        assertThatThrownBy(() -> LuminanceImage.of(new byte[5], 3, 2))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(QrError.UNREADABLE_IMAGE));
        assertThatThrownBy(() -> LuminanceImage.of(new byte[0], 0, 0)).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> LuminanceImage.of(new byte[4], -2, -2)).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> LuminanceImage.of(new byte[1], 65536, 65536)).isInstanceOf(RejectedException.class);
    }
}
