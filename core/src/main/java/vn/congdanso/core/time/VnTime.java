package vn.congdanso.core.time;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/**
 * Vietnamese time as gateways and documents write it: the {@code Asia/Ho_Chi_Minh} zone
 * (GMT+7, no daylight saving), whatever the JVM's default zone is. Take "now" only from an
 * injected {@link Clock}; {@link #systemClock()} is the production default.
 */
public final class VnTime {

    /** The zone every Vietnamese wire date is written in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter COMPACT =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT);

    private VnTime() {
    }

    /** The system clock in the Vietnamese zone. */
    public static Clock systemClock() {
        return Clock.system(ZONE);
    }

    /** The current time in Vietnam according to {@code clock}. */
    public static ZonedDateTime now(Clock clock) {
        requireNonNull(clock, "clock == null");
        return ZonedDateTime.ofInstant(clock.instant(), ZONE);
    }

    /** {@code instant} as {@code yyyyMMddHHmmss} in GMT+7, the form VNPay and others expect. */
    public static String formatCompact(Instant instant) {
        requireNonNull(instant, "instant == null");
        return COMPACT.format(instant.atZone(ZONE));
    }

    /**
     * Parses {@code yyyyMMddHHmmss} in GMT+7; rejects anything else with {@link CoreError#BAD_DATE}.
     * Unlike most SDK methods, it reads {@code null} as a missing wire value and rejects it with
     * {@code BAD_DATE}, not {@link NullPointerException}.
     */
    public static Instant parseCompact(CharSequence text) {
        requireDigits(text, 14, "yyyyMMddHHmmss");
        try {
            return LocalDateTime.parse(text, COMPACT).atZone(ZONE).toInstant();
        } catch (DateTimeException e) {
            throw RejectedException.atOffset(CoreError.BAD_DATE,
                    "not a real date-time; expected yyyyMMddHHmmss", 0);
        }
    }

    /** {@code date} as {@code ddMMyyyy}, the form printed on ID cards. */
    public static String formatDate(LocalDate date) {
        requireNonNull(date, "date == null");
        return DAY_MONTH_YEAR.format(date);
    }

    /**
     * Parses {@code ddMMyyyy}; rejects impossible days such as 30 February, and {@code null} (a
     * missing value) with {@link CoreError#BAD_DATE}.
     */
    public static LocalDate parseDate(CharSequence text) {
        requireDigits(text, 8, "ddMMyyyy");
        try {
            return LocalDate.parse(text, DAY_MONTH_YEAR);
        } catch (DateTimeException e) {
            throw RejectedException.atOffset(CoreError.BAD_DATE, "not a real calendar day; expected ddMMyyyy", 0);
        }
    }

    private static void requireDigits(CharSequence text, int length, String pattern) {
        if (text == null) {
            throw RejectedException.atOffset(CoreError.BAD_DATE, "date is missing; expected " + pattern, 0);
        }
        for (int i = 0; i < Math.min(text.length(), length); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                throw RejectedException.atOffset(CoreError.BAD_DATE, "expected a digit of " + pattern, i);
            }
        }
        if (text.length() != length) {
            throw RejectedException.atOffset(CoreError.BAD_DATE,
                    "expected " + length + " digits (" + pattern + "), got " + text.length() + " characters",
                    Math.min(text.length(), length));
        }
    }
}
