package vn.congdanso.qr.receipt;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.receipt.internal.Der;

import static java.util.Objects.requireNonNull;

/**
 * Reads the PEM documents receipt keys come in: EC private keys as PKCS#8 ({@code PRIVATE KEY},
 * what {@code openssl genpkey} writes) or SEC1 ({@code EC PRIVATE KEY}, what
 * {@code openssl ecparam -genkey} writes; its curve must be P-256), public keys
 * ({@code PUBLIC KEY}) and X.509 certificates ({@code CERTIFICATE}). Encrypted keys are not
 * supported. Stateless and thread-safe; errors never include key material.
 */
public final class PemKeys {

    private static final byte[] EC_ALGORITHM_P256 = HexFormat.of().parseHex(
            "301306072a8648ce3d020106082a8648ce3d030107");

    private static final byte[] SEC1_VERSION_AND_KEY = {0x02, 0x01, 0x01, 0x04, 0x20};
    private static final byte[] P256_OID = HexFormat.of().parseHex("06082a8648ce3d030107");

    private PemKeys() {
    }

    /**
     * The EC private key in {@code pem}.
     *
     * @throws RejectedException {@link ReceiptError#BAD_PEM} when it holds no readable EC private key,
     *                           {@link ReceiptError#BAD_KEY} for a SEC1 key on another curve than P-256
     */
    public static PrivateKey privateKey(String pem) {
        requireNonNull(pem, "pem == null");
        byte[] pkcs8;
        if (pem.contains("-----BEGIN EC PRIVATE KEY-----")) {
            byte[] sec1 = block(pem, "EC PRIVATE KEY");
            requireP256(sec1);
            pkcs8 = Der.element(Der.SEQUENCE, Der.element(Der.INTEGER, new byte[] {0}), EC_ALGORITHM_P256,
                    Der.element(Der.OCTET_STRING, sec1));
        } else {
            pkcs8 = block(pem, "PRIVATE KEY");
        }
        PrivateKey key;
        try {
            key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new RejectedException(ReceiptError.BAD_PEM, "PEM does not hold an unencrypted EC private key");
        }
        return key;
    }

    /**
     * The EC public key in a {@code PUBLIC KEY} PEM document.
     *
     * @throws RejectedException {@link ReceiptError#BAD_PEM} when it holds no readable EC public key
     */
    public static PublicKey publicKey(String pem) {
        requireNonNull(pem, "pem == null");
        try {
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(block(pem, "PUBLIC KEY")));
        } catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof RejectedException rejected) {
                throw rejected;
            }
            throw new RejectedException(ReceiptError.BAD_PEM, "PEM does not hold an EC public key");
        }
    }

    /**
     * The X.509 certificate in a {@code CERTIFICATE} PEM document.
     *
     * @throws RejectedException {@link ReceiptError#BAD_PEM} when it holds no readable certificate
     */
    public static X509Certificate certificate(String pem) {
        requireNonNull(pem, "pem == null");
        byte[] der = block(pem, "CERTIFICATE");
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new RejectedException(ReceiptError.BAD_PEM, "PEM does not hold an X.509 certificate");
        }
    }

    /** Whether {@code pem} holds a certificate rather than a bare key. */
    public static boolean isCertificate(String pem) {
        requireNonNull(pem, "pem == null");
        return pem.contains("-----BEGIN CERTIFICATE-----");
    }

    /**
     * Checks that a SEC1 {@code ECPrivateKey} holds a 32-byte scalar and, when it names its curve,
     * names P-256: {@code SEQUENCE {INTEGER 1, OCTET STRING (32), [0] OID prime256v1 ...}}.
     */
    private static void requireP256(byte[] sec1) {
        int header = sec1.length > 1 && (sec1[1] & 0xff) == 0x81 ? 3 : 2;
        int key = header + SEC1_VERSION_AND_KEY.length;
        boolean shape = sec1.length >= key + 32 && (sec1[0] & 0xff) == Der.SEQUENCE
                && Arrays.equals(sec1, header, key, SEC1_VERSION_AND_KEY, 0, SEC1_VERSION_AND_KEY.length);
        int after = key + 32;
        boolean namesCurve = shape && sec1.length > after && (sec1[after] & 0xff) == 0xA0;
        if (!shape || namesCurve && (sec1.length < after + 2 + P256_OID.length
                || !Arrays.equals(sec1, after + 2, after + 2 + P256_OID.length, P256_OID, 0, P256_OID.length))) {
            throw new RejectedException(ReceiptError.BAD_KEY, "SEC1 private key is not a P-256 key");
        }
    }

    private static byte[] block(String pem, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = from < 0 ? -1 : pem.indexOf(end, from);
        if (from < 0 || to < 0) {
            throw new RejectedException(ReceiptError.BAD_PEM, "PEM has no " + label + " block");
        }
        try {
            return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new RejectedException(ReceiptError.BAD_PEM, "PEM " + label + " block is not Base64");
        }
    }
}
