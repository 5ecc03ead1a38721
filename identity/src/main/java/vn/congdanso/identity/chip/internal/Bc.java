package vn.congdanso.identity.chip.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import vn.congdanso.core.ErrorCode;
import vn.congdanso.core.RejectedException;

/**
 * The private BouncyCastle provider instance (never registered with {@code Security}), a bounded DER
 * reader, and the JDK's certificate factory. Certificates are held as the JDK's own objects, which
 * parse their fields once and remember a verified issuer key, where BouncyCastle's re-parse dates on
 * every call; signatures are checked with the JDK's providers first and BouncyCastle's for what the
 * JDK lacks (brainpool curves).
 */
public final class Bc {

    /** The provider every chip operation uses. */
    public static final Provider PROVIDER = new BouncyCastleProvider();

    private Bc() {
    }

    /**
     * Parses {@code der} as exactly one ASN.1 object. Lengths are checked against the bytes present
     * before anything is allocated (the stream's limit is the array's length); anything BouncyCastle
     * refuses becomes a {@link RejectedException} with {@code code}.
     */
    public static ASN1Primitive parse(byte[] der, int offset, int length, ErrorCode code, String what) {
        try (ASN1InputStream in = new ASN1InputStream(new ByteArrayInputStream(der, offset, length), length)) {
            ASN1Primitive object = in.readObject();
            if (object == null) {
                throw new RejectedException(code, what + " is empty");
            }
            if (in.available() > 0 || in.readObject() != null) {
                throw new RejectedException(code, what + " has bytes after its ASN.1 object");
            }
            return object;
        } catch (IOException | RuntimeException e) {
            throw wrap(e, code, what);
        } catch (StackOverflowError e) {
            throw new RejectedException(code, what + " is nested too deeply");
        }
    }

    /** Parses all of {@code der}; see {@link #parse(byte[], int, int, ErrorCode, String)}. */
    public static ASN1Primitive parse(byte[] der, ErrorCode code, String what) {
        return parse(der, 0, der.length, code, what);
    }

    /** The JDK's reading of a DER certificate. */
    public static X509Certificate certificate(byte[] der) throws CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    /**
     * Whether {@code certificate} is signed by {@code key}: with the JDK's providers, and when they
     * refuse (a curve they lack reports itself as a bad signature too), with BouncyCastle's.
     */
    public static boolean signedBy(X509Certificate certificate, PublicKey key) {
        try {
            certificate.verify(key);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return signedByBc(certificate, key);
        }
    }

    private static boolean signedByBc(X509Certificate certificate, PublicKey key) {
        try {
            certificate.verify(key, PROVIDER);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** {@code e} itself when it is already an SDK rejection, otherwise wrapped with {@code code}. */
    public static RejectedException wrap(Exception e, ErrorCode code, String what) {
        if (e instanceof RejectedException rejected) {
            return rejected;
        }
        return new RejectedException(code, what + " is not well-formed ASN.1 (" + e.getClass().getSimpleName() + ")");
    }
}
