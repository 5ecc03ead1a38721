package vn.congdanso.qr.receipt;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.crypto.RandomIds;
import vn.congdanso.core.text.VietnameseText;
import vn.congdanso.core.time.VnTime;
import vn.congdanso.qr.receipt.internal.Base45;
import vn.congdanso.qr.receipt.internal.Claims;
import vn.congdanso.qr.receipt.internal.CoseSign1;
import vn.congdanso.qr.receipt.internal.Ecdsa;
import vn.congdanso.qr.receipt.internal.IdNumbers;
import vn.congdanso.qr.receipt.internal.Zlib;

import static java.util.Objects.requireNonNull;

/**
 * Signs dossier receipts into QR payloads: {@code VNR1:} followed by the Base45 text of the zlib
 * compression of a COSE_Sign1 message (ES256, protected header with algorithm and key
 * identifier) over the CBOR claims. The applicant's ID number enters only as a salted SHA-256.
 * Render the payload at error-correction level Q. Immutable and thread-safe.
 */
public final class ReceiptSigner {

    /** The payload prefix of this profile's first version. */
    public static final String PREFIX = "VNR1:";
    /** The longest key identifier, in UTF-8 bytes. */
    public static final int MAX_KID_BYTES = 64;
    /** The longest issuer name, in code points. */
    public static final int MAX_ISSUER_LENGTH = 80;

    private final PrivateKey key;
    private final byte[] kid;
    private final String issuer;
    private final Clock clock;
    private final Duration validity;

    private ReceiptSigner(Builder builder) {
        this.key = builder.key;
        this.kid = builder.kid.getBytes(StandardCharsets.UTF_8);
        this.issuer = builder.issuer;
        this.clock = builder.clock;
        this.validity = builder.validity;
    }

    /** A builder; the key, key identifier and issuer are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Signs {@code receipt} for the applicant with {@code idNumber}, valid from now for the
     * configured validity.
     *
     * @throws RejectedException {@link ReceiptError#BAD_ID_NUMBER} unless the ID number is 9 or 12 digits
     */
    public String sign(Receipt receipt, String idNumber) {
        requireNonNull(receipt, "receipt == null");
        requireNonNull(idNumber, "idNumber == null");
        byte[] salt = RandomIds.bytes(IdNumbers.SALT_BYTES);
        byte[] idHash = IdNumbers.hash(salt, idNumber);
        Instant now = VnTime.now(clock).toInstant();
        Claims claims = new Claims(issuer, now.plus(validity), receipt.dossier(), receipt.procedure(), receipt.receivedAt(),
                receipt.dueAt(), salt, idHash);
        byte[] cose = CoseSign1.sign(Ecdsa.Algorithm.ES256, kid, claims.encode(), key, null);
        return PREFIX + Base45.encode(Zlib.deflate(cose));
    }

    /** Builds a {@link ReceiptSigner}. Not thread-safe. */
    public static final class Builder {
        private PrivateKey key;
        private String kid;
        private String issuer;
        private Clock clock = VnTime.systemClock();
        private Duration validity = Duration.ofDays(365);

        private Builder() {
        }

        /**
         * The P-256 signing key.
         *
         * @throws RejectedException {@link ReceiptError#BAD_KEY} for any other key
         */
        public Builder privateKey(PrivateKey key) {
            requireNonNull(key, "key == null");
            if (!Ecdsa.Algorithm.ES256.fits(key)) {
                throw new RejectedException(ReceiptError.BAD_KEY, "receipt signing key must be an EC P-256 key");
            }
            this.key = key;
            return this;
        }

        /**
         * The key identifier verifiers look the public key up by.
         *
         * @throws RejectedException {@link ReceiptError#BAD_CLAIM_VALUE} unless 1 to 64 UTF-8 bytes
         */
        public Builder kid(String kid) {
            TrustList.checkKid(kid);
            this.kid = kid;
            return this;
        }

        /**
         * The issuing unit's name as shown to citizens, NFC-normalized.
         *
         * @throws RejectedException {@link ReceiptError#BAD_CLAIM_VALUE} when blank or longer than 80 code points
         */
        public Builder issuer(String issuer) {
            requireNonNull(issuer, "issuer == null");
            String normalized = VietnameseText.nfc(issuer.strip());
            if (normalized.isEmpty() || VietnameseText.length(normalized) > MAX_ISSUER_LENGTH) {
                throw new RejectedException(ReceiptError.BAD_CLAIM_VALUE, "issuer must be 1 to " + MAX_ISSUER_LENGTH + " characters");
            }
            this.issuer = normalized;
            return this;
        }

        /** The clock signing times are read from. */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * How long a receipt verifies after signing (default 365 days).
         *
         * @throws RejectedException {@code BAD_ARGUMENT} unless positive and at most 10 years
         */
        public Builder validity(Duration validity) {
            requireNonNull(validity, "validity == null");
            if (validity.isNegative() || validity.isZero() || validity.compareTo(Duration.ofDays(3660)) > 0) {
                throw new RejectedException(CoreError.BAD_ARGUMENT, "validity must be positive and at most 10 years");
            }
            this.validity = validity;
            return this;
        }

        /**
         * The signer.
         *
         * @throws RejectedException {@code BAD_ARGUMENT} when the key, kid or issuer is missing
         */
        public ReceiptSigner build() {
            if (key == null || kid == null || issuer == null) {
                throw new RejectedException(CoreError.BAD_ARGUMENT, "a receipt signer needs a private key, a kid and an issuer");
            }
            return new ReceiptSigner(this);
        }
    }
}
