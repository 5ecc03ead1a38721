package vn.congdanso.identity.chip.internal;

import java.io.IOException;
import java.security.Provider;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import vn.congdanso.core.ErrorCode;
import vn.congdanso.core.RejectedException;

/**
 * The private BouncyCastle provider instance (never registered with {@code Security}) and a
 * bounded DER reader.
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
        try (ASN1InputStream in = new ASN1InputStream(new java.io.ByteArrayInputStream(der, offset, length), length)) {
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

    /** {@code e} itself when it is already an SDK rejection, otherwise wrapped with {@code code}. */
    public static RejectedException wrap(Exception e, ErrorCode code, String what) {
        if (e instanceof RejectedException rejected) {
            return rejected;
        }
        return new RejectedException(code, what + " is not well-formed ASN.1 (" + e.getClass().getSimpleName() + ")");
    }
}
