package vn.congdanso.qr.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TransformsTest {

    private static final Luma IMAGE = new Luma(new byte[] {0, 10, 20, 30, 40, 50}, 3, 2);

    @Test
    void rotatesClockwiseByQuarterTurns() {
        Luma quarter = Transforms.rotate(IMAGE, 1);

        assertThat(quarter.width()).isEqualTo(2);
        assertThat(quarter.height()).isEqualTo(3);
        assertThat(quarter.pixels()).containsExactly(30, 0, 40, 10, 50, 20);
        assertThat(Transforms.rotate(IMAGE, 2).pixels()).containsExactly(50, 40, 30, 20, 10, 0);
        assertThat(Transforms.rotate(Transforms.rotate(IMAGE, 1), 3).pixels()).containsExactly(IMAGE.pixels());
    }

    @Test
    void downscalesByBlockMean() {
        Luma image = new Luma(new byte[] {0, 100, 50, 50, 10, (byte) 200, 10, 10}, 4, 2);

        Luma half = Transforms.downscale(image, 2);

        assertThat(half.width()).isEqualTo(2);
        assertThat(half.height()).isEqualTo(1);
        assertThat(half.pixels()).containsExactly(77, 30);
    }

    @Test
    void upscalesTwiceKeepingFlatAreasFlat() {
        Luma flat = new Luma(new byte[] {80, 80, 80, 80}, 2, 2);

        Luma doubled = Transforms.upscale2(flat);

        assertThat(doubled.width()).isEqualTo(4);
        assertThat(doubled.height()).isEqualTo(4);
        for (byte pixel : doubled.pixels()) {
            assertThat(pixel).isEqualTo((byte) 80);
        }
    }

    @Test
    void stretchesContrastToFullRange() {
        byte[] pixels = new byte[200];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i < 100 ? 100 : 150);
        }

        Luma stretched = Transforms.stretchContrast(new Luma(pixels, 20, 10));

        assertThat(stretched.pixels()[0]).isEqualTo((byte) 0);
        assertThat(stretched.pixels()[199]).isEqualTo((byte) 255);
    }

    @Test
    void leavesUniformImageAlone() {
        Luma uniform = new Luma(new byte[] {7, 7, 7, 7}, 2, 2);

        assertThat(Transforms.stretchContrast(uniform)).isSameAs(uniform);
    }

    @Test
    void invertsLuminance() {
        assertThat(Transforms.invert(IMAGE).pixels()).containsExactly(-1, -11, -21, -31, -41, -51);
    }
}
