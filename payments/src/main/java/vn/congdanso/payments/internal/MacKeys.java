package vn.congdanso.payments.internal;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;

import vn.congdanso.core.Secret;
import vn.congdanso.core.crypto.ConstantTime;
import vn.congdanso.core.crypto.Hmac;

import static java.util.Objects.requireNonNull;

/**
 * The active HMAC keys of one gateway credential during a rotation: the first signs, every one
 * verifies. Each received MAC is checked against all keys, in constant time, without stopping at
 * the first match. Thread-safe.
 */
public final class MacKeys {

    private static final HexFormat HEX = HexFormat.of();

    private final Hmac[] hmacs;

    private MacKeys(Hmac[] hmacs) {
        this.hmacs = hmacs;
    }

    /**
     * The keys of a rotation as an immutable list: {@code first} (the one that signs), then the
     * older ones still accepted.
     */
    public static List<Secret> rotation(Secret first, Secret... stillAccepted) {
        requireNonNull(first, "first == null");
        requireNonNull(stillAccepted, "stillAccepted == null");
        List<Secret> all = new ArrayList<>(1 + stillAccepted.length);
        all.add(first);
        for (Secret secret : stillAccepted) {
            all.add(requireNonNull(secret, "stillAccepted[] contains null"));
        }
        return List.copyOf(all);
    }

    /** HMAC-SHA256 keys. */
    public static MacKeys sha256(List<Secret> secrets) {
        return new MacKeys(requireNonNull(secrets, "secrets == null").stream().map(Hmac::sha256).toArray(Hmac[]::new));
    }

    /** HMAC-SHA512 keys. */
    public static MacKeys sha512(List<Secret> secrets) {
        return new MacKeys(requireNonNull(secrets, "secrets == null").stream().map(Hmac::sha512).toArray(Hmac[]::new));
    }

    /** The lower-case hex MAC of {@code text}'s UTF-8 bytes under the signing key. */
    public String sign(String text) {
        return HEX.formatHex(hmacs[0].sign(text));
    }

    /** Whether {@code receivedHex} (either case) is the MAC of {@code text} under any active key. */
    public boolean matches(String text, CharSequence receivedHex) {
        return matches(text.getBytes(StandardCharsets.UTF_8), receivedHex);
    }

    /** Whether {@code receivedHex} (either case) is the MAC of {@code message} under any active key. */
    public boolean matches(byte[] message, CharSequence receivedHex) {
        boolean matched = false;
        for (Hmac hmac : hmacs) {
            matched |= ConstantTime.matchesHex(hmac.sign(message), receivedHex);
        }
        return matched;
    }

    /** How many keys are active. */
    public int size() {
        return hmacs.length;
    }

    @Override
    public String toString() {
        return "MacKeys[" + hmacs.length + " key(s) redacted]";
    }
}
