package vn.congdanso.qr.receipt.internal;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DerTest {

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Test
    void encodesIntegersMinimally() {
        assertThat(hex(Der.unsignedInteger(new byte[] {0, 0, 5}))).isEqualTo("020105");
        assertThat(hex(Der.unsignedInteger(new byte[] {(byte) 0x80}))).isEqualTo("02020080");
        assertThat(hex(Der.unsignedInteger(new byte[] {0}))).isEqualTo("020100");
    }

    @Test
    void usesLongFormLengths() {
        assertThat(hex(Der.element(Der.OCTET_STRING, new byte[200])).substring(0, 6)).isEqualTo("0481c8");
        assertThat(hex(Der.element(Der.OCTET_STRING, new byte[300])).substring(0, 8)).isEqualTo("0482012c");
    }
}
