package vn.congdanso.payments.vnpay;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormEncoderTest {

    private static String text(String value) {
        FormEncoder encoder = new FormEncoder(4);
        encoder.text(value);
        return new String(encoder.toBytes(), StandardCharsets.US_ASCII);
    }

    private static String reencode(String raw) {
        FormEncoder encoder = new FormEncoder(4);
        encoder.reencode(raw, 0, raw.length());
        return new String(encoder.toBytes(), StandardCharsets.US_ASCII);
    }

    @Test
    void encodesExactlyAsUrlEncoderDoes() {
        Random random = new Random(5);
        String alphabet = "aZ09.-*_ ~!'()%&=+?#/:;@,éệĐ😀\u0000\u007f";
        long deadline = System.nanoTime() + 1_000_000_000L;
        for (int n = 0; n < 50_000 && System.nanoTime() < deadline; n++) {
            StringBuilder value = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                int at = random.nextInt(alphabet.length());
                char c = alphabet.charAt(at);
                if (Character.isHighSurrogate(c)) {
                    value.append(c).append(alphabet.charAt(at + 1));
                } else if (!Character.isLowSurrogate(c)) {
                    value.append(c);
                }
            }
            String expected = URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
            assertThat(text(value.toString())).isEqualTo(expected);
            assertThat(reencode(expected)).isEqualTo(expected);
        }
    }

    @Test
    void normalisesEveryEquivalentSpelling() {
        assertThat(reencode("a%20b+c")).isEqualTo("a+b+c");
        assertThat(reencode("%3a%2F~*%2A%7e")).isEqualTo("%3A%2F%7E**%7E");
        assertThat(reencode("%c3%a9")).isEqualTo("%C3%A9");
        assertThat(reencode("é")).isEqualTo("%C3%A9");
    }

    @Test
    void rejectsBrokenEscapesSurrogatesAndNonUtf8WithOffsets() {
        for (String raw : new String[] {"%", "%4", "%zz", "%C3", "%C3%28", "%F5%80%80%80", "%ED%A0%80", "\ud800", "%C0%80"}) {
            assertThatThrownBy(() -> reencode(raw)).as(raw)
                    .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.offset()).isPresent());
        }
    }
}
