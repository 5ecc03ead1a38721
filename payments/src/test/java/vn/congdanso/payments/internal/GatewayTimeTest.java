package vn.congdanso.payments.internal;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;
import vn.congdanso.payments.GatewayError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GatewayTimeTest {

    @Test
    void readsLocalGmtPlus7TextAndEpochMillisAsTheSameInstant() {
        Instant expected = Instant.parse("2026-11-29T03:15:00Z");
        assertThat(GatewayTime.compact("20261129101500", "t")).isEqualTo(expected);
        assertThat(GatewayTime.dashed("2026-11-29 10:15:00", "t")).isEqualTo(expected);
        assertThat(GatewayTime.epochMillis(expected.toEpochMilli(), "t")).isEqualTo(expected);
    }

    @Test
    void rejectsMalformedOrImpossibleTimes() {
        for (String text : List.of("2026-11-29T10:15:00", "2026-13-01 00:00:00", "2026-02-30 00:00:00",
                "2026-11-29 24:00:00", "2026-11-29 10:15", "２026-11-29 10:15:00")) {
            assertThatThrownBy(() -> GatewayTime.dashed(text, "t")).isInstanceOfSatisfying(RejectedException.class,
                    e -> assertThat(e.code()).isEqualTo(GatewayError.BAD_CALLBACK));
        }
        assertThatThrownBy(() -> GatewayTime.compact("2026112910150", "t")).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> GatewayTime.epochMillis(0, "t")).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> GatewayTime.epochMillis(Long.MAX_VALUE, "t")).isInstanceOf(RejectedException.class);
    }
}
