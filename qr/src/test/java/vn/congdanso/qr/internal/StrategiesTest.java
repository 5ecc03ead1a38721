package vn.congdanso.qr.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StrategiesTest {

    @Test
    void startsWithHybridAndEndsWithDoubledCopiesThenTheOutlineGridPath() {
        assertThat(Strategies.plan(640, 480, true, true, true)).extracting(Strategy::name)
                .startsWith("hybrid", "global-histogram")
                .endsWith("global-histogram, ×2", "hybrid, ×2", "outline grid", "outline grid, ×2")
                .contains("hybrid, rotated 90°", "global-histogram, ÷2", "hybrid, inverted");
    }

    @Test
    void triesLargePhotosShrunkFirst() {
        assertThat(Strategies.plan(4000, 3000, true, true, true)).extracting(Strategy::name)
                .startsWith("hybrid, ÷5", "hybrid")
                .doesNotContain("hybrid, ×2");
    }

    @Test
    void leavesOutWhatIsSwitchedOff() {
        assertThat(Strategies.plan(640, 480, false, false, false)).extracting(Strategy::name)
                .containsExactly("hybrid", "global-histogram", "global-histogram, contrast-stretched", "outline grid");
    }

    @Test
    void doesNotHalveSmallImages() {
        assertThat(Strategies.plan(150, 150, true, true, true)).extracting(Strategy::name)
                .doesNotContain("global-histogram, ÷2", "hybrid, ÷2");
    }
}
