package vn.congdanso.identity.mrz;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckDigitTest {

    @Test
    void weighsSevenThreeOneWithLettersAndFillers() {
        assertThat(CheckDigit.of("L898902C<")).isEqualTo(3);
        assertThat(CheckDigit.of("690806")).isEqualTo(1);
        assertThat(CheckDigit.of("940623")).isEqualTo(6);
        assertThat(CheckDigit.of("090123456")).isEqualTo(2);
        assertThat(CheckDigit.of("001090123456")).isEqualTo(3);
        assertThat(CheckDigit.of("")).isZero();
        assertThat(CheckDigit.of("<<<<")).isZero();
        assertThat(CheckDigit.charOf("A")).isEqualTo('0');
        assertThat(CheckDigit.charOf("Z")).isEqualTo('5');
    }

    @Test
    void rejectsCharactersOutsideTheMrzAlphabet() {
        assertThatThrownBy(() -> CheckDigit.of("ab1"))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(MrzError.BAD_CHARACTER);
                    assertThat(e.offset()).hasValue(0);
                });
    }
}
