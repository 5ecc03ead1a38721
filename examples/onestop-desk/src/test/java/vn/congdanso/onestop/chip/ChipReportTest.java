package vn.congdanso.onestop.chip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The chip page's masking of the holder's name. */
class ChipReportTest {

    @Test
    void masksEachWordButItsInitial() {
        assertThat(ChipReport.maskName(" Nguyễn  Văn A ")).isEqualTo("N***** V** A");
    }

    @Test
    void masksABlankNameToNothingInsteadOfFailing() {
        assertThat(ChipReport.maskName("")).isEmpty();
        assertThat(ChipReport.maskName("   ")).isEmpty();
    }
}
