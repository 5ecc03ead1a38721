package vn.congdanso.core.crypto;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RandomIdsTest {

    @Test
    void makesHexOfTheRequestedEntropy() {
        assertThat(RandomIds.hex(16)).hasSize(32).matches("[0-9a-f]{32}");
    }

    @Test
    void makesAlphanumericIdsSafeForGatewayFields() {
        assertThat(RandomIds.alphanumeric(20)).hasSize(20).matches("[0-9A-Z]{20}");
    }

    @Test
    void doesNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(RandomIds.hex(16))).isTrue();
        }
    }

    @Test
    void rejectsLengthsOutOfRange() {
        assertThatThrownBy(() -> RandomIds.hex(0)).isInstanceOf(RejectedException.class)
                .extracting(e -> ((RejectedException) e).code()).isEqualTo(CoreError.BAD_ARGUMENT);
        assertThatThrownBy(() -> RandomIds.bytes(257)).isInstanceOf(RejectedException.class);
    }
}
