package vn.congdanso.payments.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.payments.GatewayError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallbackKeysTest {

    @Test
    void reusesDerivedKeysUntilTheSourceRotates() {
        AtomicReference<List<Secret>> current = new AtomicReference<>(List.of(Secret.of("FIRST_NOT_REAL")));
        CallbackKeys keys = CallbackKeys.sha256(id -> current.get());
        MacKeys first = keys.of("M", "test");
        assertThat(keys.of("M", "test")).isSameAs(first);
        current.set(List.of(Secret.of("SECOND_NOT_REAL"), current.get().get(0)));
        MacKeys rotated = keys.of("M", "test");
        assertThat(rotated).isNotSameAs(first);
        assertThat(rotated.size()).isEqualTo(2);
    }

    @Test
    void refusesAMerchantWithoutKeysAndStaysBounded() {
        CallbackKeys keys = CallbackKeys.sha256(id -> id.startsWith("known") ? List.of(Secret.of("K_NOT_REAL")) : List.of());
        assertThatThrownBy(() -> keys.of("stranger", "test")).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(GatewayError.MERCHANT_MISMATCH));
        for (int i = 0; i < 3 * CallbackKeys.MAX_MERCHANTS; i++) {
            assertThat(keys.of("known-" + i, "test").size()).isEqualTo(1);
        }
        assertThat(keys.toString()).doesNotContain("K_NOT_REAL");
    }
}
