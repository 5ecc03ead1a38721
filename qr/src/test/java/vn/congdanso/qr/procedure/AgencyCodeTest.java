package vn.congdanso.qr.procedure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.congdanso.qr.procedure.Rejections.assertRejected;

class AgencyCodeTest {

    @Test
    void parsesProvinceCode() {
        AgencyCode code = AgencyCode.parse("000.00.00.H41");
        assertThat(code.kind()).isEqualTo(AgencyKind.PROVINCE);
        assertThat(code.levels()).containsExactly("H41", "00", "00", "000");
        assertThat(code.depth()).isEqualTo(1);
        assertThat(code.parent()).isEmpty();
        assertThat(code).hasToString("000.00.00.H41");
    }

    @Test
    void parsesMinistryCode() {
        assertThat(AgencyCode.parse("000.00.00.G22").kind()).isEqualTo(AgencyKind.MINISTRY);
    }

    @Test
    void walksUpTheLevels() {
        AgencyCode unit = AgencyCode.parse("123.45.67.H41");
        assertThat(unit.depth()).isEqualTo(4);
        assertThat(unit.level(4)).isEqualTo("123");
        assertThat(unit.parent()).map(AgencyCode::toString).hasValue("000.45.67.H41");
        assertThat(unit.parent().flatMap(AgencyCode::parent)).map(AgencyCode::toString).hasValue("000.00.67.H41");
        assertThat(unit.parent().flatMap(AgencyCode::parent).flatMap(AgencyCode::parent))
                .map(AgencyCode::toString).hasValue("000.00.00.H41");
    }

    @Test
    void containsItsDescendantsOnly() {
        AgencyCode province = AgencyCode.parse("000.00.00.H41");
        assertThat(province.contains(AgencyCode.parse("000.12.31.H41"))).isTrue();
        assertThat(province.contains(province)).isTrue();
        assertThat(province.contains(AgencyCode.parse("000.12.31.H42"))).isFalse();
        assertThat(AgencyCode.parse("000.00.31.H41").contains(province)).isFalse();
    }

    @Test
    void equalsByText() {
        assertThat(AgencyCode.parse("000.00.12.H41")).isEqualTo(AgencyCode.parse("000.00.12.H41"))
                .hasSameHashCodeAs(AgencyCode.parse("000.00.12.H41")).isNotEqualTo(AgencyCode.parse("000.00.13.H41"));
    }

    @ParameterizedTest
    @CsvSource({
            "'', 0", "000, 3", "x00.00.00.H41, 0", "000-00.00.H41, 3", "000.0a.00.H41, 5", "000.00.00.h41, 10",
            "000.00.00.141, 10", "000.00.00.H4, 12", "000.00.00.H4x, 12", "000.00.00.H410, 13", "' 000.00.00.H41', 0"})
    void rejectsMalformedCodeAtOffset(String text, int offset) {
        assertRejected(() -> AgencyCode.parse(text), ProcedureError.BAD_AGENCY_CODE, offset);
    }

    @Test
    void rejectsUnsupportedLevelOneLetter() {
        assertRejected(() -> AgencyCode.parse("000.00.00.A01"), ProcedureError.UNSUPPORTED_AGENCY_KIND, 10);
    }

    @Test
    void rejectsLevelOutOfRange() {
        assertThatThrownBy(() -> AgencyCode.parse("000.00.00.H41").level(5)).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> AgencyCode.parse("000.00.00.H41").level(0)).isInstanceOf(RejectedException.class);
    }
}
