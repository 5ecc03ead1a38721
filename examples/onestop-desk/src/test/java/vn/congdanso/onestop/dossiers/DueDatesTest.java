package vn.congdanso.onestop.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.time.VnTime;

class DueDatesTest {

    /** Wednesday 2 December 2026, 09:30 in Hà Nội. */
    private static final Instant WEDNESDAY_MORNING = at(2026, 12, 2, 9, 30);

    @Test
    void sameDayProceduresAreDueAtClosingTime() {
        assertThat(DueDates.dueAt("Ngay trong ngày làm việc nhận đủ hồ sơ", WEDNESDAY_MORNING)).hasValue(at(2026, 12, 2, 17, 0));
        assertThat(DueDates.dueAt("Trong ngày cơ quan nhận yêu cầu", WEDNESDAY_MORNING)).hasValue(at(2026, 12, 2, 17, 0));
    }

    @Test
    void sameDayProceduresReceivedAfterThreeOrAtTheWeekendAreDueTheNextWorkingDay() {
        assertThat(DueDates.dueAt("Trong ngày", at(2026, 12, 2, 15, 10))).hasValue(at(2026, 12, 3, 17, 0));
        assertThat(DueDates.dueAt("Trong ngày", at(2026, 12, 5, 10, 0))).hasValue(at(2026, 12, 7, 17, 0));
    }

    @Test
    void workingDaysSkipTheWeekend() {
        assertThat(DueDates.dueAt("03 ngày làm việc kể từ ngày nhận đủ hồ sơ", WEDNESDAY_MORNING)).hasValue(at(2026, 12, 7, 17, 0));
        assertThat(DueDates.dueAt("07 ngày làm việc", WEDNESDAY_MORNING)).hasValue(at(2026, 12, 11, 17, 0));
    }

    @Test
    void countsCalendarDaysForAnUpperBound() {
        assertThat(DueDates.dueAt("Không quá 10 ngày kể từ ngày nhận yêu cầu hợp lệ", WEDNESDAY_MORNING))
                .hasValue(at(2026, 12, 12, 17, 0));
    }

    @Test
    void setsNoDateWhenTheWordingNamesNone() {
        assertThat(DueDates.dueAt("Theo Điều 36 Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP", WEDNESDAY_MORNING)).isEmpty();
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(VnTime.ZONE).toInstant();
    }
}
