package vn.congdanso.payments.emv;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR) over
 * the UTF-8 bytes of a text, as EMVCo ID 63 carries it. Stateless and thread-safe.
 */
public final class Crc16 {

    private static final int[] TABLE = table();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Crc16() {
    }

    /** The CRC of the UTF-8 encoding of {@code text}. */
    public static int of(CharSequence text) {
        requireNonNull(text, "text == null");
        return of(text, 0, text.length());
    }

    /**
     * The CRC of the UTF-8 encoding of {@code text[start, end)}. An unpaired surrogate is hashed as
     * {@code ?}, as Java's UTF-8 encoder writes it.
     */
    public static int of(CharSequence text, int start, int end) {
        requireNonNull(text, "text == null");
        if (start < 0 || end > text.length() || start > end) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "range [" + start + ", " + end + ") outside the text");
        }
        int crc = 0xFFFF;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                crc = update(crc, c);
            } else if (c < 0x800) {
                crc = update(update(crc, 0xC0 | (c >> 6)), 0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                crc = update(crc, 0xF0 | (cp >> 18));
                crc = update(crc, 0x80 | ((cp >> 12) & 0x3F));
                crc = update(crc, 0x80 | ((cp >> 6) & 0x3F));
                crc = update(crc, 0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                crc = update(crc, '?');
            } else {
                crc = update(crc, 0xE0 | (c >> 12));
                crc = update(update(crc, 0x80 | ((c >> 6) & 0x3F)), 0x80 | (c & 0x3F));
            }
        }
        return crc;
    }

    /** {@code crc} as four upper-case, zero-padded hex digits, as an encoder must write it. */
    public static String toHex(int crc) {
        return new String(new char[] {HEX[(crc >> 12) & 0xF], HEX[(crc >> 8) & 0xF], HEX[(crc >> 4) & 0xF], HEX[crc & 0xF]});
    }

    private static int update(int crc, int octet) {
        return ((crc << 8) ^ TABLE[((crc >> 8) ^ octet) & 0xFF]) & 0xFFFF;
    }

    private static int[] table() {
        int[] table = new int[256];
        for (int i = 0; i < 256; i++) {
            int crc = i << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            table[i] = crc & 0xFFFF;
        }
        return table;
    }
}
