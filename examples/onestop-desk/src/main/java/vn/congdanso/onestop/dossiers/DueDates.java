package vn.congdanso.onestop.dossiers;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.congdanso.core.text.VietnameseText;
import vn.congdanso.core.time.VnTime;

/**
 * When a dossier's result is due, from the procedure's processing time as the catalogue words
 * it: "ngay trong ngày" / "trong ngày" (the same working day, the next one when received after
 * 15:00), "n ngày làm việc" (n working days, Monday to Friday) or "không quá n ngày" (n days);
 * results are due at 17:00 Vietnam time. Any other wording ("theo Điều 36 Luật Hộ tịch…") names
 * no date, and the desk sets none. Public holidays are not known here.
 */
final class DueDates {

    private static final LocalTime CLOSING = LocalTime.of(17, 0);
    private static final LocalTime SAME_DAY_CUTOFF = LocalTime.of(15, 0);
    private static final Pattern WORKING_DAYS = Pattern.compile("(\\d{1,3}) ngày làm việc");
    private static final Pattern CALENDAR_DAYS = Pattern.compile("không quá (\\d{1,3}) ngày");

    private DueDates() {
    }

    static Optional<Instant> dueAt(String processingTime, Instant receivedAt) {
        String text = VietnameseText.toLowerCase(VietnameseText.nfc(processingTime)).strip();
        ZonedDateTime received = receivedAt.atZone(VnTime.ZONE);
        if (text.startsWith("ngay trong ngày") || text.startsWith("trong ngày")) {
            boolean late = !received.toLocalTime().isBefore(SAME_DAY_CUTOFF);
            LocalDate day = isWorkingDay(received.toLocalDate()) && !late ? received.toLocalDate()
                    : addWorkingDays(received.toLocalDate(), 1);
            return Optional.of(closing(day));
        }
        Matcher working = WORKING_DAYS.matcher(text);
        if (working.find()) {
            return Optional.of(closing(addWorkingDays(received.toLocalDate(), Integer.parseInt(working.group(1)))));
        }
        Matcher calendar = CALENDAR_DAYS.matcher(text);
        if (calendar.find()) {
            return Optional.of(closing(received.toLocalDate().plusDays(Integer.parseInt(calendar.group(1)))));
        }
        return Optional.empty();
    }

    private static LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        for (int added = 0; added < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                added++;
            }
        }
        return day;
    }

    private static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static Instant closing(LocalDate day) {
        return day.atTime(CLOSING).atZone(VnTime.ZONE).toInstant();
    }
}
