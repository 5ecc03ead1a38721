package vn.congdanso.qr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SvgOptionsTest {

    @Test
    void defaultsToBlackOnWhiteWithStandardQuietZone() {
        assertThat(SvgOptions.defaults()).isEqualTo(new SvgOptions(8, 4, "#000000", "#ffffff"));
        assertThat(SvgOptions.builder().build()).isEqualTo(SvgOptions.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "#12345", "#1234567", "\"/><script>", "#ggg", ""})
    void rejectsColoursThatAreNotHex(String colour) {
        assertThatThrownBy(() -> SvgOptions.builder().darkColor(colour).build())
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(QrError.BAD_OPTION));
    }

    @Test
    void acceptsNoneOnlyForTheBackground() {
        assertThat(SvgOptions.builder().lightColor("none").build().lightColor()).isEqualTo("none");
        assertThatThrownBy(() -> SvgOptions.builder().darkColor("none").build()).isInstanceOf(RejectedException.class);
    }

    @Test
    void rejectsScaleAndQuietZoneOutOfRange() {
        assertThatThrownBy(() -> SvgOptions.builder().scale(0).build()).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> SvgOptions.builder().scale(101).build()).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> SvgOptions.builder().quietZone(-1).build()).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> SvgOptions.builder().quietZone(41).build()).isInstanceOf(RejectedException.class);
    }
}
