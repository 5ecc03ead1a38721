package vn.congdanso.qr.receipt;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.time.VnTime;
import vn.congdanso.qr.receipt.internal.Base45;
import vn.congdanso.qr.receipt.internal.Claims;
import vn.congdanso.qr.receipt.internal.CoseSign1;
import vn.congdanso.qr.receipt.internal.Ecdsa;
import vn.congdanso.qr.receipt.internal.Zlib;

import static java.util.Objects.requireNonNull;

/**
 * Verifies receipt payloads offline, step by step, stopping at the first failure: prefix, Base45,
 * bounded inflation, COSE structure, algorithm (ES256 in the protected header), key by
 * identifier from the {@link KeySource}, signature, claims, expiry against the injected clock.
 * The {@link ReceiptError} of a rejection names the failed step and nothing about how close the
 * input came. Immutable and thread-safe.
 */
public final class ReceiptVerifier {

    /** The default bound on decompressed payload size, in bytes. */
    public static final int DEFAULT_MAX_INFLATED_BYTES = 4096;
    private static final int MAX_PAYLOAD_CHARS = 8192;

    private final KeySource keys;
    private final Clock clock;
    private final int maxInflatedBytes;

    private ReceiptVerifier(Builder builder) {
        this.keys = builder.keys;
        this.clock = builder.clock;
        this.maxInflatedBytes = builder.maxInflatedBytes;
    }

    /** A builder; the key source is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies {@code payload}, as read from the QR code.
     *
     * @throws RejectedException with the {@link ReceiptError} of the failed step
     */
    public VerifiedReceipt verify(String payload) {
        requireNonNull(payload, "payload == null");
        if (!payload.startsWith(ReceiptSigner.PREFIX)) {
            throw RejectedException.atOffset(ReceiptError.BAD_PREFIX, "receipt payload must start with " + ReceiptSigner.PREFIX, 0);
        }
        if (payload.length() > MAX_PAYLOAD_CHARS) {
            throw new RejectedException(ReceiptError.PAYLOAD_TOO_LARGE, "receipt payload exceeds " + MAX_PAYLOAD_CHARS + " characters");
        }
        byte[] compressed = base45(payload);
        CoseSign1 message = CoseSign1.decode(Zlib.inflate(compressed, maxInflatedBytes));
        if (message.algorithm() != Ecdsa.Algorithm.ES256 || !message.algorithmProtected()) {
            throw new RejectedException(ReceiptError.UNSUPPORTED_ALGORITHM, "receipts are signed with ES256 named in the protected header");
        }
        String kid = kid(message);
        List<PublicKey> candidates = keys.keysFor(kid);
        if (candidates == null || candidates.isEmpty()) {
            throw new RejectedException(ReceiptError.UNKNOWN_KEY, "no trusted key for the receipt's key identifier");
        }
        if (candidates.stream().noneMatch(message::verifiesWith)) {
            throw new RejectedException(ReceiptError.BAD_SIGNATURE, "receipt signature does not verify");
        }
        Claims claims = Claims.decode(message.payload());
        if (VnTime.now(clock).toInstant().isAfter(claims.expiresAt())) {
            throw new RejectedException(ReceiptError.EXPIRED, "receipt expired");
        }
        return new VerifiedReceipt(kid, claims);
    }

    private static byte[] base45(String payload) {
        try {
            return Base45.decode(payload.substring(ReceiptSigner.PREFIX.length()));
        } catch (RejectedException e) {
            int offset = ReceiptSigner.PREFIX.length() + e.offset().orElse(0);
            throw RejectedException.atOffset(e.code(), e.getMessage(), offset);
        }
    }

    private static String kid(CoseSign1 message) {
        byte[] kid = message.kid().orElseThrow(() ->
                new RejectedException(ReceiptError.UNKNOWN_KEY, "receipt names no key identifier"));
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(kid)).toString();
        } catch (CharacterCodingException e) {
            throw new RejectedException(ReceiptError.BAD_COSE, "receipt key identifier is not UTF-8");
        }
    }

    /** Builds a {@link ReceiptVerifier}. Not thread-safe. */
    public static final class Builder {
        private KeySource keys;
        private Clock clock = VnTime.systemClock();
        private int maxInflatedBytes = DEFAULT_MAX_INFLATED_BYTES;

        private Builder() {
        }

        /** Where trusted keys come from, for example a {@link TrustList}. */
        public Builder keys(KeySource keys) {
            this.keys = requireNonNull(keys, "keys == null");
            return this;
        }

        /** The clock expiry is checked against. */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * The largest decompressed payload accepted (default 4096 bytes).
         *
         * @throws RejectedException {@code BAD_ARGUMENT} unless 256 to 65536
         */
        public Builder maxInflatedBytes(int maxInflatedBytes) {
            if (maxInflatedBytes < 256 || maxInflatedBytes > 65536) {
                throw new RejectedException(CoreError.BAD_ARGUMENT, "maxInflatedBytes must be 256 to 65536");
            }
            this.maxInflatedBytes = maxInflatedBytes;
            return this;
        }

        /**
         * The verifier.
         *
         * @throws RejectedException {@code BAD_ARGUMENT} when no key source was given
         */
        public ReceiptVerifier build() {
            if (keys == null) {
                throw new RejectedException(CoreError.BAD_ARGUMENT, "a receipt verifier needs a key source");
            }
            return new ReceiptVerifier(this);
        }
    }
}
