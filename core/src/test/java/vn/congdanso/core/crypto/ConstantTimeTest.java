package vn.congdanso.core.crypto;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConstantTimeTest {

    @Test
    void comparesBytes() {
        assertThat(ConstantTime.equals(new byte[] {1, 2, 3}, new byte[] {1, 2, 3})).isTrue();
        assertThat(ConstantTime.equals(new byte[] {1, 2, 3}, new byte[] {1, 2, 4})).isFalse();
        assertThat(ConstantTime.equals(new byte[] {1, 2, 3}, new byte[] {1, 2})).isFalse();
    }

    @Test
    void comparesHexIgnoringCase() {
        assertThat(ConstantTime.hexEquals("00ff10ab", "00FF10AB")).isTrue();
        assertThat(ConstantTime.hexEquals("00ff10ab", "00ff10ac")).isFalse();
        assertThat(ConstantTime.hexEquals("00ff10ab", "00ff10a")).isFalse();
    }

    @Test
    void rejectsNonHexEvenWhenBothSidesAgree() {
        assertThat(ConstantTime.hexEquals("zz", "zz")).isFalse();
        assertThat(ConstantTime.hexEquals("0g", "0g")).isFalse();
        assertThat(ConstantTime.hexEquals("\u0010\u0011", "01")).isFalse();
        assertThat(ConstantTime.hexEquals("é1", "é1")).isFalse();
    }

    @Test
    void matchesHexAgainstBytes() {
        byte[] mac = {0x00, (byte) 0xff, 0x10, (byte) 0xab};

        assertThat(ConstantTime.matchesHex(mac, "00ff10ab")).isTrue();
        assertThat(ConstantTime.matchesHex(mac, "00FF10AB")).isTrue();
        assertThat(ConstantTime.matchesHex(mac, "00ff10aa")).isFalse();
        assertThat(ConstantTime.matchesHex(mac, "00ff10a")).isFalse();
        assertThat(ConstantTime.matchesHex(mac, "00ff10abab")).isFalse();
        assertThat(ConstantTime.matchesHex(mac, "00ff10a+")).isFalse();
    }

    @Test
    void matchesEmptyOnlyWithEmpty() {
        assertThat(ConstantTime.matchesHex(new byte[0], "")).isTrue();
        assertThat(ConstantTime.hexEquals("", "")).isTrue();
    }
}
