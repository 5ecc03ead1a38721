package vn.congdanso.core.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import vn.congdanso.core.Secret;

import static java.util.Objects.requireNonNull;

/**
 * An HMAC keyed once and used many times, as gateway signers and verifiers need. Thread-safe:
 * each thread gets its own initialised {@link Mac}, so the key schedule is paid once per
 * thread, not once per message. The key never appears in {@link #toString()}.
 */
public final class Hmac {

    /** The HMAC algorithms gateways use. */
    public enum Algorithm {
        /** HMAC-SHA256 (MoMo, ZaloPay, payOS). */
        HMAC_SHA256("HmacSHA256", 32),
        /** HMAC-SHA512 (VNPay). */
        HMAC_SHA512("HmacSHA512", 64);

        private final String jcaName;
        private final int length;

        Algorithm(String jcaName, int length) {
            this.jcaName = jcaName;
            this.length = length;
        }

        /** The length of a MAC in bytes. */
        public int macLength() {
            return length;
        }
    }

    private static final HexFormat HEX = HexFormat.of();

    private final Algorithm algorithm;
    private final ThreadLocal<Mac> macs;

    private Hmac(Algorithm algorithm, Secret key) {
        this.algorithm = algorithm;
        Mac prototype = newMac(algorithm, key);
        this.macs = ThreadLocal.withInitial(() -> copy(prototype));
    }

    /** HMAC-SHA256 keyed with the bytes of {@code key}. */
    public static Hmac sha256(Secret key) {
        return new Hmac(Algorithm.HMAC_SHA256, requireNonNull(key, "key == null"));
    }

    /** HMAC-SHA512 keyed with the bytes of {@code key}. */
    public static Hmac sha512(Secret key) {
        return new Hmac(Algorithm.HMAC_SHA512, requireNonNull(key, "key == null"));
    }

    /** The algorithm. */
    public Algorithm algorithm() {
        return algorithm;
    }

    /** The MAC of {@code message}. */
    public byte[] sign(byte[] message) {
        requireNonNull(message, "message == null");
        return macs.get().doFinal(message);
    }

    /** The MAC of the UTF-8 bytes of {@code message}. */
    public byte[] sign(String message) {
        requireNonNull(message, "message == null");
        return sign(message.getBytes(StandardCharsets.UTF_8));
    }

    /** The MAC of the UTF-8 bytes of {@code message} as lower-case hex, the form gateways send. */
    public String hex(String message) {
        return HEX.formatHex(sign(message));
    }

    /**
     * Whether {@code receivedHex} (either case) is the MAC of {@code message}, compared in
     * constant time.
     */
    public boolean matches(String message, CharSequence receivedHex) {
        requireNonNull(receivedHex, "receivedHex == null");
        return ConstantTime.matchesHex(sign(message), receivedHex);
    }

    @Override
    public String toString() {
        return "Hmac[" + algorithm + ", key redacted]";
    }

    private static Mac newMac(Algorithm algorithm, Secret key) {
        try {
            Mac mac = Mac.getInstance(algorithm.jcaName);
            mac.init(new SecretKeySpec(key.bytes(), algorithm.jcaName));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm.jcaName + " is required by the Java platform", e);
        }
    }

    private static Mac copy(Mac prototype) {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's Mac supports clone()", e);
        }
    }
}
