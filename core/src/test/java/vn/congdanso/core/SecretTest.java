package vn.congdanso.core;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretTest {

    @Test
    void neverShowsItsValue() {
        Secret secret = Secret.of("VNPAY-HASH-SECRET-123");

        assertThat(secret.toString()).doesNotContain("VNPAY").doesNotContain("123");
        assertThat(String.valueOf(secret)).isEqualTo("Secret[redacted]");
    }

    @Test
    void holdsUtf8Bytes() {
        Secret secret = Secret.of("khóa");

        assertThat(secret.bytes()).isEqualTo("khóa".getBytes(StandardCharsets.UTF_8));
        assertThat(secret.revealUtf8()).isEqualTo("khóa");
        assertThat(secret.length()).isEqualTo(5);
    }

    @Test
    void copiesInAndOut() {
        byte[] raw = {1, 2, 3};
        Secret secret = Secret.ofBytes(raw);
        raw[0] = 9;
        secret.bytes()[1] = 9;

        assertThat(secret.bytes()).containsExactly(1, 2, 3);
    }

    @Test
    void rejectsEmptySecrets() {
        assertThatThrownBy(() -> Secret.of("")).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> Secret.ofBytes(new byte[0])).isInstanceOf(RejectedException.class);
    }
}
