package vn.congdanso.qr.receipt.internal;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdNumbersTest {

    @Test
    void acceptsTwelveAndNineDigits() {
        assertThat(IdNumbers.isWellFormed("025201012345")).isTrue();
        assertThat(IdNumbers.isWellFormed("123456789")).isTrue();
        assertThat(IdNumbers.isWellFormed("12345678901")).isFalse();
        assertThat(IdNumbers.isWellFormed("02520101234a")).isFalse();
        assertThat(IdNumbers.isWellFormed(null)).isFalse();
    }

    @Test
    void hashDependsOnSaltAndNumber() {
        byte[] one = IdNumbers.hash(new byte[] {1}, "025201012345");
        assertThat(one).hasSize(IdNumbers.HASH_BYTES);
        assertThat(IdNumbers.hash(new byte[] {1}, "025201012345")).isEqualTo(one);
        assertThat(IdNumbers.hash(new byte[] {2}, "025201012345")).isNotEqualTo(one);
        assertThat(IdNumbers.hash(new byte[] {1}, "025201012346")).isNotEqualTo(one);
    }

    @Test
    void rejectsMalformedNumberWithoutEchoingIt() {
        assertThatThrownBy(() -> IdNumbers.hash(new byte[1], "0252010123456"))
                .isInstanceOf(RejectedException.class).hasMessageNotContaining("0252010123456");
    }
}
