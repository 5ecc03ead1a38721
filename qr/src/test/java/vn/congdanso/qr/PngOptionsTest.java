package vn.congdanso.qr;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PngOptionsTest {

    @Test
    void defaultsToOneBitScaleEightQuietZoneFour() {
        assertThat(PngOptions.defaults()).isEqualTo(new PngOptions(8, 4, PngOptions.Depth.ONE_BIT));
        assertThat(PngOptions.builder().build()).isEqualTo(PngOptions.defaults());
    }

    @Test
    void rejectsScaleAndQuietZoneOutOfRange() {
        assertThatThrownBy(() -> PngOptions.builder().scale(0).build())
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(QrError.BAD_OPTION));
        assertThatThrownBy(() -> PngOptions.builder().quietZone(41).build()).isInstanceOf(RejectedException.class);
    }

    @Test
    void rejectsNullDepth() {
        assertThatThrownBy(() -> PngOptions.builder().depth(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("depth == null");
    }
}
