package vn.congdanso.core.crypto;

import java.security.MessageDigest;
import java.util.Arrays;

import static java.util.Objects.requireNonNull;

/**
 * Comparisons whose running time does not depend on where two values differ, for signatures,
 * MACs and tokens. Only the lengths may leak, and they are public in every protocol we
 * support. A mismatch never says how close the values were.
 */
public final class ConstantTime {

    private static final int INVALID = 0x100;
    private static final int[] NIBBLE = new int[128];

    static {
        Arrays.fill(NIBBLE, INVALID);
        for (int i = 0; i < 10; i++) {
            NIBBLE['0' + i] = i;
        }
        for (int i = 0; i < 6; i++) {
            NIBBLE['a' + i] = 10 + i;
            NIBBLE['A' + i] = 10 + i;
        }
    }

    private ConstantTime() {
    }

    /** Whether two byte arrays are equal. */
    public static boolean equals(byte[] a, byte[] b) {
        requireNonNull(a, "a == null");
        requireNonNull(b, "b == null");
        return MessageDigest.isEqual(a, b);
    }

    /**
     * Whether two hexadecimal strings denote the same bytes, ignoring case. A string with a
     * non-hex character equals nothing.
     */
    public static boolean hexEquals(CharSequence a, CharSequence b) {
        requireNonNull(a, "a == null");
        requireNonNull(b, "b == null");
        if (a.length() != b.length()) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < a.length(); i++) {
            int x = nibble(a.charAt(i));
            int y = nibble(b.charAt(i));
            diff |= (x ^ y) | (x & INVALID) | (y & INVALID);
        }
        return diff == 0;
    }

    /**
     * Whether {@code hex} (either case) is the hexadecimal form of {@code expected}: the way to
     * check a received MAC against a computed one without encoding the computed one.
     */
    public static boolean matchesHex(byte[] expected, CharSequence hex) {
        requireNonNull(expected, "expected == null");
        requireNonNull(hex, "hex == null");
        if (hex.length() != expected.length * 2) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < expected.length; i++) {
            int high = nibble(hex.charAt(2 * i));
            int low = nibble(hex.charAt(2 * i + 1));
            diff |= ((high << 4 | low) ^ (expected[i] & 0xff)) | (high & INVALID) | (low & INVALID);
        }
        return diff == 0;
    }

    private static int nibble(char c) {
        return c < 128 ? NIBBLE[c] : INVALID;
    }
}
