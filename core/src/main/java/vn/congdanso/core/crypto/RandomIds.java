package vn.congdanso.core.crypto;

import java.security.SecureRandom;
import java.util.HexFormat;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;

/**
 * Unpredictable identifiers (request ids, nonces, order reference suffixes) from a shared
 * {@link SecureRandom}. Thread-safe.
 */
public final class RandomIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();
    private static final int MAX_LENGTH = 256;

    private RandomIds() {
    }

    /** {@code bytes} random bytes as lower-case hex (a 16-byte id has 128 bits of entropy). */
    public static String hex(int bytes) {
        checkLength(bytes);
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return HexFormat.of().formatHex(raw);
    }

    /**
     * {@code length} random characters from {@code 0-9A-Z}: safe in every gateway's reference
     * fields, URLs and QR codes (about 5.17 bits each).
     */
    public static String alphanumeric(int length) {
        checkLength(length);
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHANUMERIC[RANDOM.nextInt(ALPHANUMERIC.length)];
        }
        return new String(out);
    }

    /** Fills and returns a new array of {@code length} random bytes (salts, nonces). */
    public static byte[] bytes(int length) {
        checkLength(length);
        byte[] raw = new byte[length];
        RANDOM.nextBytes(raw);
        return raw;
    }

    private static void checkLength(int length) {
        if (length < 1 || length > MAX_LENGTH) {
            throw new RejectedException(CoreError.BAD_ARGUMENT,
                    "length must be between 1 and " + MAX_LENGTH + ", got " + length);
        }
    }
}
