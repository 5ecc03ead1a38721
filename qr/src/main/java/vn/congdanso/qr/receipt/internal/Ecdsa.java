package vn.congdanso.qr.receipt.internal;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.util.Arrays;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.receipt.ReceiptError;

/**
 * ECDSA as COSE uses it (RFC 9053): signatures are the raw concatenation {@code r‖s}, each
 * left-padded to the curve's byte length, while the JDK speaks DER; this class converts between
 * the two. Stateless and thread-safe.
 */
public final class Ecdsa {

    private Ecdsa() {
    }

    /** A COSE ECDSA algorithm: its identifier, JDK signature name and curve size. */
    public enum Algorithm {
        /** ECDSA with SHA-256 on P-256. */
        ES256(-7, "SHA256withECDSA", 256),
        /** ECDSA with SHA-384 on P-384. */
        ES384(-35, "SHA384withECDSA", 384),
        /** ECDSA with SHA-512 on P-521. */
        ES512(-36, "SHA512withECDSA", 521);

        private final int coseId;
        private final String jdkName;
        private final int fieldBits;

        Algorithm(int coseId, String jdkName, int fieldBits) {
            this.coseId = coseId;
            this.jdkName = jdkName;
            this.fieldBits = fieldBits;
        }

        /** The COSE algorithm identifier. */
        public int coseId() {
            return coseId;
        }

        /** The byte length of {@code r} and of {@code s}. */
        public int scalarBytes() {
            return (fieldBits + 7) / 8;
        }

        /** Whether {@code key} is an EC key on this algorithm's curve. */
        public boolean fits(Key key) {
            return key instanceof ECKey ec && ec.getParams().getCurve().getField().getFieldSize() == fieldBits;
        }

        /** The algorithm with COSE identifier {@code id}, or {@code null}. */
        static Algorithm ofCoseId(long id) {
            for (Algorithm algorithm : values()) {
                if (algorithm.coseId == id) {
                    return algorithm;
                }
            }
            return null;
        }
    }

    /**
     * Signs {@code data}, returning raw {@code r‖s}.
     *
     * @throws RejectedException {@link ReceiptError#BAD_KEY} when the key does not fit the algorithm
     */
    public static byte[] sign(Algorithm algorithm, PrivateKey key, byte[] data) {
        if (!algorithm.fits(key)) {
            throw new RejectedException(ReceiptError.BAD_KEY, "signing key is not on the curve " + algorithm + " requires");
        }
        try {
            Signature signature = Signature.getInstance(algorithm.jdkName);
            signature.initSign(key);
            signature.update(data);
            return derToRaw(signature.sign(), algorithm.scalarBytes());
        } catch (GeneralSecurityException e) {
            throw new RejectedException(ReceiptError.BAD_KEY, "the JDK refused the signing key", e);
        }
    }

    /**
     * Whether raw {@code r‖s} is a valid signature of {@code data} by {@code key}; false for a key
     * off the algorithm's curve and for a signature of the wrong length or encoding.
     */
    public static boolean verify(Algorithm algorithm, PublicKey key, byte[] data, byte[] rawSignature) {
        if (!algorithm.fits(key) || rawSignature.length != 2 * algorithm.scalarBytes()) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(algorithm.jdkName);
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(rawToDer(rawSignature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** DER {@code SEQUENCE {INTEGER r, INTEGER s}} from raw {@code r‖s} of even length. */
    public static byte[] rawToDer(byte[] raw) {
        int half = raw.length / 2;
        return Der.element(Der.SEQUENCE, Der.unsignedInteger(Arrays.copyOfRange(raw, 0, half)),
                Der.unsignedInteger(Arrays.copyOfRange(raw, half, raw.length)));
    }

    /**
     * Raw {@code r‖s}, each padded to {@code scalarBytes}, from a DER signature.
     *
     * @throws IllegalArgumentException when {@code der} is not such a signature (the JDK's own
     *                                  output always is)
     */
    public static byte[] derToRaw(byte[] der, int scalarBytes) {
        int[] at = {0};
        expect(der, at, Der.SEQUENCE);
        int end = length(der, at) + at[0];
        if (end != der.length) {
            throw new IllegalArgumentException("DER signature length mismatch");
        }
        byte[] raw = new byte[2 * scalarBytes];
        for (int part = 0; part < 2; part++) {
            expect(der, at, Der.INTEGER);
            int length = length(der, at);
            int start = at[0];
            int stop = start + length;
            while (start < stop - 1 && der[start] == 0) {
                start++;
            }
            if (length == 0 || stop > end || stop - start > scalarBytes) {
                throw new IllegalArgumentException("DER signature integer out of range");
            }
            System.arraycopy(der, start, raw, (part + 1) * scalarBytes - (stop - start), stop - start);
            at[0] = stop;
        }
        if (at[0] != end) {
            throw new IllegalArgumentException("DER signature has trailing bytes");
        }
        return raw;
    }

    private static void expect(byte[] der, int[] at, int tag) {
        if (at[0] >= der.length || (der[at[0]] & 0xff) != tag) {
            throw new IllegalArgumentException("unexpected DER tag");
        }
        at[0]++;
    }

    private static int length(byte[] der, int[] at) {
        if (at[0] >= der.length) {
            throw new IllegalArgumentException("truncated DER length");
        }
        int first = der[at[0]++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int count = first & 0x7f;
        if (count == 0 || count > 2 || at[0] + count > der.length) {
            throw new IllegalArgumentException("unsupported DER length");
        }
        int length = 0;
        for (int i = 0; i < count; i++) {
            length = length << 8 | der[at[0]++] & 0xff;
        }
        return length;
    }
}
