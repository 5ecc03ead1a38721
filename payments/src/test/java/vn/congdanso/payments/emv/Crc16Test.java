package vn.congdanso.payments.emv;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Crc16Test {

    @Test
    void matchesTheCcittFalseCheckValue() {
        assertThat(Crc16.of("123456789")).isEqualTo(0x29B1);
    }

    @Test
    void emptyTextKeepsTheInitialValue() {
        assertThat(Crc16.of("")).isEqualTo(0xFFFF);
    }

    @Test
    void writesFourUpperCaseZeroPaddedDigits() {
        assertThat(Crc16.toHex(0x073C)).isEqualTo("073C");
        assertThat(Crc16.toHex(0xabcd)).isEqualTo("ABCD");
        assertThat(Crc16.toHex(0)).isEqualTo("0000");
    }

    @Test
    void hashesTheUtf8BytesOfNonAsciiText() {
        String text = "Phường Bến Nghé 😀 ₫";
        assertThat(Crc16.of(text)).isEqualTo(reference(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void hashesARangeAsTheSubstring() {
        assertThat(Crc16.of("xx123456789yy", 2, 11)).isEqualTo(0x29B1);
    }

    @Test
    void rejectsARangeOutsideTheText() {
        assertThatThrownBy(() -> Crc16.of("abc", 2, 5)).isInstanceOf(RejectedException.class);
    }

    private static int reference(byte[] bytes) {
        int crc = 0xFFFF;
        for (byte b : bytes) {
            crc ^= (b & 0xFF) << 8;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xFFFF;
        }
        return crc;
    }
}
