package vn.congdanso.core;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CongDanSoExceptionTest {

    @Test
    void rejectionIsNeverRetryable() {
        RejectedException rejected = RejectedException.atOffset(CoreError.BAD_AMOUNT, "expected digits", 3);

        assertThat(rejected.retryable()).isFalse();
        assertThat(rejected.code()).isEqualTo(CoreError.BAD_AMOUNT);
        assertThat(rejected.offset()).hasValue(3);
        assertThat(rejected.remote()).isEmpty();
        assertThat(rejected).hasToString("RejectedException[core.BAD_AMOUNT at 3]: expected digits");
    }

    @Test
    void unavailabilityMayBeRetriedAndCarriesRemoteDetails() {
        RemoteDetails remote = new RemoteDetails(503, Optional.of("99"), Optional.of("req-1"));
        UnavailableException unavailable =
                new UnavailableException(CoreError.REMOTE_UNAVAILABLE, "gateway down", remote, null);

        assertThat(unavailable.retryable()).isTrue();
        assertThat(unavailable.offset()).isEmpty();
        assertThat(unavailable.remote()).contains(remote);
    }

    @Test
    void remoteRejectionKeepsTheRemoteStatus() {
        RejectedException rejected = RejectedException.byRemote(CoreError.REMOTE_REJECTED, "HTTP 400",
                RemoteDetails.ofStatus(400));

        assertThat(rejected.remote()).map(RemoteDetails::httpStatus).contains(400);
    }

    @Test
    void negativeOffsetsAreClampedToTheStart() {
        assertThat(RejectedException.atOffset(CoreError.BAD_DATE, "bad", -5).offset()).hasValue(0);
    }
}
