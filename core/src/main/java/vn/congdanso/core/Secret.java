package vn.congdanso.core;

import java.nio.charset.StandardCharsets;

import static java.util.Objects.requireNonNull;

/**
 * A key, password or token. The value is held as bytes and never shown by {@link #toString()},
 * so a secret that ends up in a log line or an exception message stays secret. Immutable and
 * thread-safe: the value is copied in and out.
 */
public final class Secret {

    private final byte[] value;

    private Secret(byte[] value) {
        if (value.length == 0) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "a secret must not be empty");
        }
        this.value = value;
    }

    /** A secret given as text; its UTF-8 bytes are the key material. Rejects empty text. */
    public static Secret of(String utf8) {
        requireNonNull(utf8, "utf8 == null");
        return new Secret(utf8.getBytes(StandardCharsets.UTF_8));
    }

    /** A secret given as raw bytes (copied). Rejects an empty array. */
    public static Secret ofBytes(byte[] bytes) {
        requireNonNull(bytes, "bytes == null");
        return new Secret(bytes.clone());
    }

    /** A copy of the key material. */
    public byte[] bytes() {
        return value.clone();
    }

    /**
     * The key material as UTF-8 text, for the rare protocols that place a key inside the signed
     * text (ZaloPay's query MAC). Do not log the result.
     */
    public String revealUtf8() {
        return new String(value, StandardCharsets.UTF_8);
    }

    /** The length of the key material in bytes. */
    public int length() {
        return value.length;
    }

    /** Never shows the value. */
    @Override
    public String toString() {
        return "Secret[redacted]";
    }
}
