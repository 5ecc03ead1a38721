package vn.congdanso.payments.vnpay;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import vn.congdanso.core.RejectedException;
import vn.congdanso.payments.GatewayError;

/**
 * Writes form-encoded text byte by byte exactly as {@code java.net.URLEncoder} does with UTF-8:
 * {@code A-Z a-z 0-9 . - * _} kept, space as {@code +}, every other byte as {@code %XX} in upper
 * case. Input is either decoded text or an already form-encoded query component, which is decoded
 * and re-encoded in the same pass; decoded bytes must be well-formed UTF-8. Not thread-safe: one
 * per canonicalisation.
 */
final class FormEncoder {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final boolean[] KEPT = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            KEPT[c] = true;
            KEPT[Character.toUpperCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            KEPT[c] = true;
        }
        KEPT['.'] = true;
        KEPT['-'] = true;
        KEPT['*'] = true;
        KEPT['_'] = true;
    }

    private byte[] buffer;
    private int length;
    private int pending;
    private int lower = 0x80;
    private int upper = 0xBF;

    FormEncoder(int capacity) {
        buffer = new byte[Math.max(capacity, 64)];
    }

    /** Appends one ASCII separator ({@code =} or {@code &}) as is. */
    void separator(char c) {
        ensure(1);
        buffer[length++] = (byte) c;
    }

    /** Appends decoded text, encoded. Lone surrogates are rejected. */
    void text(String text) {
        for (int i = 0; i < text.length(); i++) {
            i = character(text, i, i);
        }
        endValue(0);
    }

    /**
     * Appends the form-encoded component {@code raw[from, to)} in canonical form; offsets in
     * rejections are positions in {@code raw}.
     */
    void reencode(String raw, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c < 128 && KEPT[c] && pending == 0 && length < buffer.length) {
                buffer[length++] = (byte) c;
            } else if (c == '%') {
                if (i + 2 >= to) {
                    throw malformed("incomplete %-escape", i);
                }
                int high = hexValue(raw.charAt(i + 1));
                int low = hexValue(raw.charAt(i + 2));
                if (high < 0 || low < 0) {
                    throw malformed("invalid %-escape", i);
                }
                decodedByte(high << 4 | low, i);
                i += 2;
            } else if (c == '+') {
                decodedByte(' ', i);
            } else {
                i = character(raw, i, i);
            }
        }
        endValue(to);
    }

    /** The bytes written so far. */
    byte[] toBytes() {
        return Arrays.copyOf(buffer, length);
    }

    private int character(String text, int i, int offset) {
        char c = text.charAt(i);
        if (c < 0x80) {
            decodedByte(c, offset);
            return i;
        }
        int codePoint = c;
        if (Character.isSurrogate(c)) {
            if (!Character.isHighSurrogate(c) || i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                throw malformed("unpaired surrogate", offset);
            }
            codePoint = Character.toCodePoint(c, text.charAt(i + 1));
            i++;
        }
        utf8(codePoint, offset);
        return i;
    }

    private void utf8(int cp, int offset) {
        if (cp < 0x800) {
            decodedByte(0xC0 | cp >> 6, offset);
        } else if (cp < 0x10000) {
            decodedByte(0xE0 | cp >> 12, offset);
            decodedByte(0x80 | (cp >> 6 & 0x3F), offset);
        } else {
            decodedByte(0xF0 | cp >> 18, offset);
            decodedByte(0x80 | (cp >> 12 & 0x3F), offset);
            decodedByte(0x80 | (cp >> 6 & 0x3F), offset);
        }
        decodedByte(0x80 | (cp & 0x3F), offset);
    }

    private void decodedByte(int b, int offset) {
        checkUtf8(b, offset);
        ensure(3);
        if (b < 0x80 && KEPT[b]) {
            buffer[length++] = (byte) b;
        } else if (b == ' ') {
            buffer[length++] = '+';
        } else {
            buffer[length++] = '%';
            buffer[length++] = HEX[b >> 4];
            buffer[length++] = HEX[b & 0xF];
        }
    }

    private void checkUtf8(int b, int offset) {
        if (pending > 0) {
            if (b < lower || b > upper) {
                throw malformed("not UTF-8", offset);
            }
            lower = 0x80;
            upper = 0xBF;
            pending--;
        } else if (b >= 0x80) {
            startSequence(b, offset);
        }
    }

    private void startSequence(int b, int offset) {
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            lower = b == 0xE0 ? 0xA0 : 0x80;
            upper = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            lower = b == 0xF0 ? 0x90 : 0x80;
            upper = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw malformed("not UTF-8", offset);
        }
    }

    private void endValue(int offset) {
        if (pending > 0) {
            pending = 0;
            throw malformed("truncated UTF-8 sequence", offset);
        }
    }

    private void ensure(int extra) {
        if (length + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + extra));
        }
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    private static RejectedException malformed(String what, int offset) {
        return RejectedException.atOffset(GatewayError.BAD_CALLBACK, "VNPay parameters: " + what, offset);
    }
}
