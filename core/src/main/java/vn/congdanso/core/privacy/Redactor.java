package vn.congdanso.core.privacy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Masks personal data and secrets before text reaches a log line or an exception message.
 * Every SDK log line that may carry user data goes through {@link #redact(CharSequence)}.
 * Pure and thread-safe.
 *
 * <p>What is masked, keeping only the last four digits:
 * <ul>
 *   <li>12-digit citizen ID numbers and 9-digit old ID numbers;</li>
 *   <li>phone numbers ({@code 0912345678}, {@code +84912345678}, {@code 0912 345 678});</li>
 *   <li>bank account and card numbers ({@code 4111 1111 1111 1111}, {@code 0011004123456});</li>
 * </ul>
 * that is, every run of eight or more digits, where groups of at least three digits joined by a
 * single space or hyphen count as one run. Long timestamps are masked too: safe beats helpful.
 * Amounts written with dot separators ({@code 120.000.000}) and dates ({@code 2026-11-29}) stay.
 *
 * <p>{@link #redactFields(CharSequence)} also hides the values of fields whose names mark them as
 * secret or personal ({@code vnp_SecureHash=…}, {@code "signature":"…"}, {@code "fullName":"…"}).
 */
public final class Redactor {

    /** What replaces one masked character. */
    public static final char MASK = '*';

    private static final int MIN_DIGITS = 8;
    private static final int KEEP = 4;
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d{3,}(?:[ -]\\d{3,})*|\\+?\\d+");
    private static final Set<String> SENSITIVE_WORDS = Set.of(
            "secret", "password", "passwd", "token", "signature", "hash", "mac", "checksum", "key",
            "name", "hoten", "address", "diachi", "phone", "mobile", "email", "account", "card",
            "idnumber", "cccd", "cmnd", "birth", "otp", "pin", "authorization", "cookie");
    private static final Pattern JSON_FIELD =
            Pattern.compile("\"([A-Za-z0-9_\\-]+)\"(\\s*:\\s*)(\"(?:[^\"\\\\]++|\\\\.)*+\"|-?\\d+(?:\\.\\d+)?)");
    private static final Pattern FORM_FIELD = Pattern.compile("(?<=^|[?&\\s(\\[{,;])([A-Za-z0-9_\\-.]+)=([^&\\s,;)\\]}]*)");

    private Redactor() {
    }

    /** {@code text} with every run of eight or more digits masked but its last four. */
    public static String redact(CharSequence text) {
        requireNonNull(text, "text == null");
        Matcher matcher = NUMBER.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (matcher.find()) {
            String number = matcher.group();
            if (countDigits(number) < MIN_DIGITS) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, matcher.start()).append(maskNumber(number));
            copied = matcher.end();
        }
        return out == null ? text.toString() : out.append(text, copied, text.length()).toString();
    }

    /**
     * {@link #redact(CharSequence)}, and in {@code key=value} pairs (query strings, form bodies)
     * and JSON {@code "key": value} members, the whole value of every field whose name contains
     * a sensitive word (secret, token, signature, hash, mac, key, name, address, phone, account,
     * card, id number, …).
     */
    public static String redactFields(CharSequence text) {
        requireNonNull(text, "text == null");
        String json = replaceFields(JSON_FIELD.matcher(text), 3, true);
        String form = replaceFields(FORM_FIELD.matcher(json), 2, false);
        return redact(form);
    }

    /** Whether a field of this name holds a secret or personal data. */
    public static boolean isSensitiveField(String name) {
        requireNonNull(name, "name == null");
        String folded = name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        for (String word : SENSITIVE_WORDS) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** {@code value} with all but its last four characters masked; short values are masked whole. */
    public static String maskKeepingLast4(CharSequence value) {
        requireNonNull(value, "value == null");
        int length = value.length();
        if (length <= KEEP) {
            return String.valueOf(MASK).repeat(length);
        }
        return String.valueOf(MASK).repeat(length - KEEP) + value.subSequence(length - KEEP, length);
    }

    private static String replaceFields(Matcher matcher, int valueGroup, boolean quoted) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = matcher.group();
            if (isSensitiveField(matcher.group(1))) {
                String value = matcher.group(valueGroup);
                String masked = quoted && value.startsWith("\"") ? "\"" + MASK + MASK + MASK + MASK + "\"" : "****";
                replacement = matcher.group().substring(0, matcher.start(valueGroup) - matcher.start()) + masked;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static int countDigits(String number) {
        int digits = 0;
        for (int i = 0; i < number.length(); i++) {
            if (isAsciiDigit(number.charAt(i))) {
                digits++;
            }
        }
        return digits;
    }

    private static String maskNumber(String number) {
        int digits = countDigits(number);
        StringBuilder out = new StringBuilder(number.length());
        int seen = 0;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (isAsciiDigit(c)) {
                seen++;
                out.append(seen > digits - KEEP ? c : MASK);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
