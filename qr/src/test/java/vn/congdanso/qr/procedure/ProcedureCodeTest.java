package vn.congdanso.qr.procedure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdanso.qr.procedure.Rejections.assertRejected;

class ProcedureCodeTest {

    @Test
    void parsesNationalCode() {
        ProcedureCode code = ProcedureCode.parse("1.001612");
        assertThat(code.isLocalized()).isFalse();
        assertThat(code.agency()).isEmpty();
        assertThat(code.national()).isSameAs(code);
        assertThat(code).hasToString("1.001612");
    }

    @Test
    void parsesLocalizedCode() {
        ProcedureCode code = ProcedureCode.parse("1.001612.000.00.00.H01");
        assertThat(code.isLocalized()).isTrue();
        assertThat(code.agency()).map(AgencyCode::toString).hasValue("000.00.00.H01");
        assertThat(code.national()).hasToString("1.001612");
        assertThat(code).hasToString("1.001612.000.00.00.H01");
    }

    @Test
    void localizesNationalCode() {
        assertThat(ProcedureCode.parse("2.000635").localizedFor(AgencyCode.parse("000.00.15.H41")))
                .isEqualTo(ProcedureCode.parse("2.000635.000.00.15.H41"));
    }

    @Test
    void equalsByText() {
        assertThat(ProcedureCode.parse("1.001193")).isEqualTo(ProcedureCode.parse("1.001193"))
                .hasSameHashCodeAs(ProcedureCode.parse("1.001193"))
                .isNotEqualTo(ProcedureCode.parse("1.001193.000.00.00.H01"));
    }

    @ParameterizedTest
    @CsvSource({
            "'', 0", "1, 1", "1.00161, 7", "a.001612, 0", "1-001612, 1", "1.00x612, 4", "1.0016120, 8",
            "'1.001612 ', 8", "1.001612.000.00.00.H0, 21", "1.001612.000.00.00.H011, 22", "1.001612.0x0.00.00.H01, 10",
            "1.001612., 9", "'1.001612\n', 8"})
    void rejectsMalformedCodeAtOffset(String text, int offset) {
        assertRejected(() -> ProcedureCode.parse(text), expectedCode(text), offset);
    }

    private static ProcedureError expectedCode(String text) {
        return text.length() >= 9 && text.startsWith("1.001612.") ? ProcedureError.BAD_AGENCY_CODE
                : ProcedureError.BAD_PROCEDURE_CODE;
    }

    @Test
    void reportsAgencyKindErrorWithOffsetInWholeCode() {
        assertRejected(() -> ProcedureCode.parse("1.001612.000.00.00.X01"), ProcedureError.UNSUPPORTED_AGENCY_KIND, 19);
    }
}
