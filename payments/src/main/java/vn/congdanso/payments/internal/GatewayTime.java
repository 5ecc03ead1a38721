package vn.congdanso.payments.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

import vn.congdanso.core.RejectedException;
import vn.congdanso.payments.GatewayError;

/**
 * The gateways' three ways of writing a time, read into an {@link Instant}: local GMT+7 text
 * (Vietnam has kept UTC+7 since 1975, so no zone database is needed) or epoch milliseconds.
 * Each failure is {@link GatewayError#BAD_CALLBACK}.
 */
public final class GatewayTime {

    private static final long SECONDS_PER_DAY = 86_400;
    private static final long GMT_PLUS_7_SECONDS = 7 * 3600;
    /** 2000-01-01T00:00:00Z: no gateway callback predates it. */
    private static final long EARLIEST_MILLIS = 946_684_800_000L;
    /** 2200-01-01T00:00:00Z. */
    private static final long LATEST_MILLIS = 7_258_118_400_000L;

    private GatewayTime() {
    }

    /** {@code yyyyMMddHHmmss} in GMT+7 (VNPay). */
    public static Instant compact(CharSequence text, String field) {
        if (!digitsAt(text, 0, 14) || text.length() != 14) {
            throw bad(field, "yyyyMMddHHmmss");
        }
        return local(text, field, 0, 4, 6, 8, 10, 12);
    }

    /** {@code yyyy-MM-dd HH:mm:ss} in GMT+7 (payOS). */
    public static Instant dashed(CharSequence text, String field) {
        boolean shape = text.length() == 19 && text.charAt(4) == '-' && text.charAt(7) == '-'
                && text.charAt(10) == ' ' && text.charAt(13) == ':' && text.charAt(16) == ':';
        if (!shape || !digitsAt(text, 0, 4) || !digitsAt(text, 5, 7) || !digitsAt(text, 8, 10)
                || !digitsAt(text, 11, 13) || !digitsAt(text, 14, 16) || !digitsAt(text, 17, 19)) {
            throw bad(field, "yyyy-MM-dd HH:mm:ss");
        }
        return local(text, field, 0, 5, 8, 11, 14, 17);
    }

    /** Epoch milliseconds (MoMo, ZaloPay), between the years 2000 and 2200. */
    public static Instant epochMillis(long millis, String field) {
        if (millis < EARLIEST_MILLIS || millis >= LATEST_MILLIS) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, field + " is not a plausible epoch time in milliseconds");
        }
        return Instant.ofEpochMilli(millis);
    }

    private static Instant local(CharSequence text, String field, int year, int month, int day, int hour, int minute,
            int second) {
        int h = number(text, hour, hour + 2);
        int m = number(text, minute, minute + 2);
        int s = number(text, second, second + 2);
        try {
            if (h > 23 || m > 59 || s > 59) {
                throw new DateTimeException("time out of range");
            }
            long days = LocalDate.of(number(text, year, year + 4), number(text, month, month + 2),
                    number(text, day, day + 2)).toEpochDay();
            return Instant.ofEpochSecond(days * SECONDS_PER_DAY + h * 3600L + m * 60L + s - GMT_PLUS_7_SECONDS);
        } catch (DateTimeException e) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, field + " is not a real date and time", e);
        }
    }

    private static boolean digitsAt(CharSequence text, int from, int to) {
        if (text.length() < to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    private static RejectedException bad(String field, String format) {
        return new RejectedException(GatewayError.BAD_CALLBACK, field + " is not " + format);
    }
}
