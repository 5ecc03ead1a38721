package vn.congdanso.qr.procedure;

import vn.congdanso.core.ErrorCode;
import vn.congdanso.core.RejectedException;

/** Character checks shared by the code parsers; every failure names its offset. */
final class Codes {

    static final int MAX_INPUT = 64;

    private Codes() {
    }

    /**
     * Checks the characters of {@code text} from {@code from} against {@code pattern} ({@code d} a
     * digit, {@code X} an upper-case letter, anything else itself) as far as the text goes, then
     * that the text is exactly as long as the pattern.
     */
    static void requirePattern(String text, int from, String pattern, ErrorCode code, String what) {
        int end = Math.min(text.length(), from + pattern.length());
        for (int i = from; i < end; i++) {
            char expected = pattern.charAt(i - from);
            char c = text.charAt(i);
            boolean ok = expected == 'd' ? isDigit(c) : expected == 'X' ? c >= 'A' && c <= 'Z' : c == expected;
            if (!ok) {
                String wanted = expected == 'd' ? "a digit" : expected == 'X' ? "an upper-case letter" : "'" + expected + "'";
                throw RejectedException.atOffset(code, what + ": expected " + wanted, i);
            }
        }
        requireLength(text, from + pattern.length(), from + pattern.length(), code, what);
    }

    static void requireLength(String text, int min, int max, ErrorCode code, String what) {
        if (text.length() < min) {
            throw RejectedException.atOffset(code, what + " is too short", text.length());
        }
        if (text.length() > max) {
            throw RejectedException.atOffset(code, what + " is too long", max);
        }
    }

    static void requireDigits(String text, int from, int to, ErrorCode code, String what) {
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                throw RejectedException.atOffset(code, what + ": expected a digit", i);
            }
        }
    }

    static void requireChar(String text, int at, char expected, ErrorCode code, String what) {
        if (text.charAt(at) != expected) {
            throw RejectedException.atOffset(code, what + ": expected '" + expected + "'", at);
        }
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isUpperAlphanumeric(char c) {
        return isDigit(c) || c >= 'A' && c <= 'Z';
    }
}
