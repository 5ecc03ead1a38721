package vn.congdanso.qr.procedure;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdanso.qr.procedure.Rejections.assertRejected;

class DossierCodeTest {

    @Test
    void parsesShortDateForm() {
        DossierCode code = DossierCode.parse("H15.50.05.13-261008-0975");
        assertThat(code.unit()).isEqualTo("H15.50.05.13");
        assertThat(code.date()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(code.sequence()).isEqualTo("0975");
        assertThat(code).hasToString("H15.50.05.13-261008-0975");
    }

    @Test
    void parsesLongDateForm() {
        DossierCode code = DossierCode.parse("G09.20-20260609-0092637");
        assertThat(code.unit()).isEqualTo("G09.20");
        assertThat(code.date()).isEqualTo(LocalDate.of(2026, 6, 9));
        assertThat(code.sequence()).isEqualTo("0092637");
    }

    @Test
    void acceptsLeapDay() {
        assertThat(DossierCode.parse("H41-20280229-1").date()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void equalsByText() {
        assertThat(DossierCode.parse("G09.20-20260609-0092637")).isEqualTo(DossierCode.parse("G09.20-20260609-0092637"))
                .hasSameHashCodeAs(DossierCode.parse("G09.20-20260609-0092637"))
                .isNotEqualTo(DossierCode.parse("G09.20-20260609-092637"));
    }

    @ParameterizedTest
    @CsvSource({
            "'', 0", "-261008-0975, 0", "h15-261008-0975, 0", "H15..50-261008-0975, 4", "H15.-261008-0975, 3",
            ".H15-261008-0975, 0", "H15, 3", "H15-26100-0975, 9", "H15-2610081-0975, 11", "H15-26a008-0975, 6",
            "H15-261008, 10", "H15-261008-, 11", "H15-261008-09a5, 13", "H15-261008-12345678901, 21",
            "H15-261008-0975-1, 15", "A.B.C.D.E.F.G.H.I-261008-1, 15"})
    void rejectsMalformedCodeAtOffset(String text, int offset) {
        assertRejected(() -> DossierCode.parse(text), ProcedureError.BAD_DOSSIER_CODE, offset);
    }

    @Test
    void rejectsOverlongCode() {
        assertRejected(() -> DossierCode.parse("H".repeat(65)), ProcedureError.BAD_DOSSIER_CODE, 64);
    }

    @ParameterizedTest
    @CsvSource({"H15-261301-0975", "H15-260230-0975", "H15-20270229-1", "H15-261000-1"})
    void rejectsImpossibleDates(String text) {
        assertRejected(() -> DossierCode.parse(text), ProcedureError.BAD_DOSSIER_DATE, 4);
    }
}
