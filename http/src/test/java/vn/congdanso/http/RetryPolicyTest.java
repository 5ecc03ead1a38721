package vn.congdanso.http;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    @Test
    void doublesTheCeilingUpToTheMaximum() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(350), Duration.ofSeconds(1));

        assertThat(policy.backoffCeiling(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoffCeiling(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoffCeiling(3)).isEqualTo(Duration.ofMillis(350));
        assertThat(policy.backoffCeiling(60)).isEqualTo(Duration.ofMillis(350));
    }

    @Test
    void noneMeansASingleAttempt() {
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    }

    @Test
    void rejectsUnboundedOrInconsistentPolicies() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> new RetryPolicy(11, Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ZERO))
                .isInstanceOf(RejectedException.class);
    }
}
