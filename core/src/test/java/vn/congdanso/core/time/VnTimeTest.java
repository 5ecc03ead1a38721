package vn.congdanso.core.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VnTimeTest {

    private static final Instant NOON_UTC = Instant.parse("2026-11-29T12:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "America/New_York", "Asia/Tokyo"})
    void writesGmtPlus7WhateverTheJvmZone(String jvmZone) {
        TimeZone previous = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(jvmZone));

            assertThat(VnTime.formatCompact(NOON_UTC)).isEqualTo("20261129190000");
            assertThat(VnTime.now(Clock.fixed(NOON_UTC, ZoneId.of(jvmZone))).getHour()).isEqualTo(19);
        } finally {
            TimeZone.setDefault(previous);
        }
    }

    @Test
    void parsesCompactDateTimesAsGmtPlus7() {
        assertThat(VnTime.parseCompact("20261129190000")).isEqualTo(NOON_UTC);
    }

    @Test
    void rejectsImpossibleDateTimes() {
        assertThatThrownBy(() -> VnTime.parseCompact("20260230120000"))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreError.BAD_DATE));
        assertThatThrownBy(() -> VnTime.parseCompact("20261129250000")).isInstanceOf(RejectedException.class);
    }

    @Test
    void rejectsWrongShapesWithTheOffset() {
        assertThatThrownBy(() -> VnTime.parseCompact("2026-11-29")).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.offset()).hasValue(4));
        assertThatThrownBy(() -> VnTime.parseCompact("2026112919")).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.offset()).hasValue(10));
        assertThatThrownBy(() -> VnTime.parseDate(null)).isInstanceOf(RejectedException.class);
    }

    @Test
    void readsAndWritesCardDates() {
        assertThat(VnTime.parseDate("01012000")).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(VnTime.formatDate(LocalDate.of(1990, 12, 5))).isEqualTo("05121990");
        assertThatThrownBy(() -> VnTime.parseDate("29022023")).isInstanceOf(RejectedException.class);
        assertThat(VnTime.parseDate("29022024")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void systemClockIsInVietnam() {
        assertThat(VnTime.systemClock().getZone()).isEqualTo(VnTime.ZONE);
    }

    @Property(tries = 20_000)
    void parsingAnyTextYieldsADateOrARejection(@ForAll String text) {
        try {
            assertThat(VnTime.formatDate(VnTime.parseDate(text))).isEqualTo(text);
        } catch (RejectedException expected) {
            assertThat(expected.code()).isEqualTo(CoreError.BAD_DATE);
        }
        try {
            assertThat(VnTime.formatCompact(VnTime.parseCompact(text))).isEqualTo(text);
        } catch (RejectedException expected) {
            assertThat(expected.offset()).isPresent();
        }
    }
}
