package vn.congdanso.qr.receipt.internal;

import java.io.ByteArrayOutputStream;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.receipt.ReceiptError;

import static java.util.Objects.requireNonNull;

/**
 * Base45 (RFC 9285), the encoding that fills a QR code's alphanumeric mode: two bytes become three
 * characters (least significant first), a final single byte two characters. Stateless and
 * thread-safe.
 */
public final class Base45 {

    /** The 45 symbols, in value order. */
    public static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    private static final int[] VALUES = new int[128];

    static {
        java.util.Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUES[ALPHABET.charAt(i)] = i;
        }
    }

    private Base45() {
    }

    /** Encodes {@code bytes}. */
    public static String encode(byte[] bytes) {
        requireNonNull(bytes, "bytes == null");
        StringBuilder out = new StringBuilder((bytes.length + 1) / 2 * 3);
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            int value = (bytes[i] & 0xff) << 8 | bytes[i + 1] & 0xff;
            out.append(ALPHABET.charAt(value % 45)).append(ALPHABET.charAt(value / 45 % 45))
                    .append(ALPHABET.charAt(value / (45 * 45)));
        }
        if (bytes.length % 2 == 1) {
            int value = bytes[bytes.length - 1] & 0xff;
            out.append(ALPHABET.charAt(value % 45)).append(ALPHABET.charAt(value / 45));
        }
        return out.toString();
    }

    /**
     * Decodes {@code text}.
     *
     * @throws RejectedException {@link ReceiptError#BAD_BASE45} at the offset of a character outside
     *                           the alphabet, of a group whose value is too large, or of a dangling
     *                           single character
     */
    public static byte[] decode(CharSequence text) {
        requireNonNull(text, "text == null");
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 3 * 2 + 1);
        int i = 0;
        for (; i + 2 < text.length(); i += 3) {
            int value = value(text, i) + value(text, i + 1) * 45 + value(text, i + 2) * 45 * 45;
            if (value > 0xffff) {
                throw RejectedException.atOffset(ReceiptError.BAD_BASE45, "Base45 group value exceeds 65535", i);
            }
            out.write(value >> 8);
            out.write(value & 0xff);
        }
        int left = text.length() - i;
        if (left == 1) {
            value(text, i);
            throw RejectedException.atOffset(ReceiptError.BAD_BASE45, "Base45 text ends with a dangling character", i);
        }
        if (left == 2) {
            int value = value(text, i) + value(text, i + 1) * 45;
            if (value > 0xff) {
                throw RejectedException.atOffset(ReceiptError.BAD_BASE45, "Base45 final pair value exceeds 255", i);
            }
            out.write(value);
        }
        return out.toByteArray();
    }

    private static int value(CharSequence text, int at) {
        char c = text.charAt(at);
        int value = c < 128 ? VALUES[c] : -1;
        if (value < 0) {
            throw RejectedException.atOffset(ReceiptError.BAD_BASE45, "not a Base45 character", at);
        }
        return value;
    }
}
