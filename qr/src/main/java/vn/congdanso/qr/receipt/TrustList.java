package vn.congdanso.qr.receipt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/**
 * A fixed set of trusted receipt-signing keys, each under a key identifier, given as public keys
 * or X.509 certificates (whose public key is used; certificate validity dates and chains are the
 * caller's business). Several keys may share an identifier while keys are rotated. Immutable and
 * thread-safe.
 */
public final class TrustList implements KeySource {

    private static final Logger LOG = LoggerFactory.getLogger(TrustList.class);
    private static final int KID_DIGEST_BYTES = 8;

    private final Map<String, List<PublicKey>> byKid;
    private final List<PublicKey> anyKid;

    private TrustList(Builder builder) {
        Map<String, List<PublicKey>> copy = new LinkedHashMap<>();
        builder.byKid.forEach((kid, keys) -> copy.put(kid, List.copyOf(keys)));
        this.byKid = Map.copyOf(copy);
        this.anyKid = List.copyOf(builder.anyKid);
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The key identifier this SDK derives for a certificate: the first 8 bytes of the SHA-256 of
     * its DER encoding, base64url without padding (11 characters).
     */
    public static String kidOf(X509Certificate certificate) {
        requireNonNull(certificate, "certificate == null");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, KID_DIGEST_BYTES));
        } catch (CertificateEncodingException e) {
            throw new RejectedException(ReceiptError.BAD_PEM, "certificate cannot be encoded", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public List<PublicKey> keysFor(String kid) {
        List<PublicKey> keys = new ArrayList<>(byKid.getOrDefault(kid, List.of()));
        keys.addAll(anyKid);
        return keys;
    }

    /** Builds a {@link TrustList}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, List<PublicKey>> byKid = new LinkedHashMap<>();
        private final List<PublicKey> anyKid = new ArrayList<>();

        private Builder() {
        }

        /**
         * Trusts {@code key} for receipts signed under {@code kid}.
         *
         * @throws RejectedException {@link ReceiptError#BAD_KEY} for a non-EC key,
         *                           {@link ReceiptError#BAD_CLAIM_VALUE} for an unusable kid
         */
        public Builder key(String kid, PublicKey key) {
            checkKid(kid);
            byKid.computeIfAbsent(kid, k -> new ArrayList<>()).add(checkKey(key));
            return this;
        }

        /** Trusts {@code certificate}'s key under {@link #kidOf(X509Certificate)}. */
        public Builder certificate(X509Certificate certificate) {
            return key(kidOf(certificate), certificate.getPublicKey());
        }

        /** Trusts {@code certificate}'s key under {@code kid}. */
        public Builder certificate(String kid, X509Certificate certificate) {
            requireNonNull(certificate, "certificate == null");
            return key(kid, certificate.getPublicKey());
        }

        /**
         * Trusts {@code key} whatever key identifier a receipt names. This weakens key selection
         * (every receipt is tried against the key) and is logged at WARN; prefer {@link #key}.
         */
        public Builder allowAnyKid(PublicKey key) {
            anyKid.add(checkKey(key));
            LOG.warn("receipt trust list accepts a key for any key identifier");
            return this;
        }

        /** The trust list. */
        public TrustList build() {
            return new TrustList(this);
        }

        private static PublicKey checkKey(PublicKey key) {
            requireNonNull(key, "key == null");
            if (!(key instanceof ECPublicKey)) {
                throw new RejectedException(ReceiptError.BAD_KEY, "receipt keys are EC keys");
            }
            return key;
        }
    }

    static void checkKid(String kid) {
        requireNonNull(kid, "kid == null");
        int length = kid.getBytes(StandardCharsets.UTF_8).length;
        if (length == 0 || length > ReceiptSigner.MAX_KID_BYTES) {
            throw new RejectedException(ReceiptError.BAD_CLAIM_VALUE,
                    "key identifier must be 1 to " + ReceiptSigner.MAX_KID_BYTES + " bytes of UTF-8");
        }
    }
}
