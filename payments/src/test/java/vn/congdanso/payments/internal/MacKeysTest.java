package vn.congdanso.payments.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.Secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MacKeysTest {

    @Test
    void signsWithTheFirstKeyAndAcceptsEveryActiveOne() {
        MacKeys old = MacKeys.sha256(List.of(Secret.of("OLD_KEY_NOT_REAL")));
        MacKeys rotating = MacKeys.sha256(List.of(Secret.of("NEW_KEY_NOT_REAL"), Secret.of("OLD_KEY_NOT_REAL")));
        String signedByOld = old.sign("amount=1000");
        assertThat(rotating.sign("amount=1000")).isNotEqualTo(signedByOld).hasSize(64);
        assertThat(rotating.matches("amount=1000", signedByOld)).isTrue();
        assertThat(rotating.matches("amount=1000", signedByOld.toUpperCase())).isTrue();
        assertThat(rotating.matches("amount=1001", signedByOld)).isFalse();
        assertThat(rotating.matches("amount=1000", "zz")).isFalse();
        assertThat(MacKeys.sha512(List.of(Secret.of("k"))).sign("x")).hasSize(128);
        assertThat(rotating.toString()).doesNotContain("KEY_NOT_REAL");
    }

    @Test
    void listsARotationSigningKeyFirst() {
        Secret current = Secret.of("current");
        Secret old = Secret.of("old");

        assertThat(MacKeys.rotation(current, old)).containsExactly(current, old);
        assertThat(MacKeys.rotation(current)).containsExactly(current);
    }

    @Test
    void rejectsAMissingKeyInARotation() {
        assertThatThrownBy(() -> MacKeys.rotation(Secret.of("current"), (Secret) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("stillAccepted");
    }
}
