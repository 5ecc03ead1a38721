package vn.congdanso.qr.procedure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyKindTest {

    @Test
    void mapsLevelOneLetters() {
        assertThat(AgencyKind.ofLetter('G')).isEqualTo(AgencyKind.MINISTRY);
        assertThat(AgencyKind.ofLetter('H')).isEqualTo(AgencyKind.PROVINCE);
        assertThat(AgencyKind.ofLetter('A')).isNull();
        assertThat(AgencyKind.PROVINCE.letter()).isEqualTo('H');
    }
}
