package vn.congdanso.identity.chip.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;

import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.chip.ChipError;

/** The hash and signature algorithms passive authentication accepts, and nothing else. */
public final class Algorithms {

    private static final Map<ASN1ObjectIdentifier, String> DIGESTS = Map.of(
            OIWObjectIdentifiers.idSHA1, "SHA-1",
            NISTObjectIdentifiers.id_sha224, "SHA-224",
            NISTObjectIdentifiers.id_sha256, "SHA-256",
            NISTObjectIdentifiers.id_sha384, "SHA-384",
            NISTObjectIdentifiers.id_sha512, "SHA-512");

    /** BouncyCastle's names for RSA PKCS#1 v1.5, RSA-PSS and ECDSA over the accepted hashes. */
    private static final Pattern SIGNATURES = Pattern.compile("SHA(1|224|256|384|512)WITH(RSA|RSAANDMGF1|ECDSA)");

    private Algorithms() {
    }

    /** The JCA name of an accepted hash algorithm; refused with {@link ChipError#UNSUPPORTED_ALGORITHM} otherwise. */
    public static String digestName(ASN1ObjectIdentifier oid) {
        return Optional.ofNullable(DIGESTS.get(oid)).orElseThrow(() -> new RejectedException(
                ChipError.UNSUPPORTED_ALGORITHM, "hash algorithm " + oid.getId() + " is not SHA-1/224/256/384/512"));
    }

    /** Whether BouncyCastle's signature name, upper case, is one of RSA, RSA-PSS or ECDSA over an accepted hash. */
    public static boolean acceptedSignature(String name) {
        return SIGNATURES.matcher(name).matches();
    }

    /** The hash of {@code data} with the accepted algorithm {@code oid}. */
    public static byte[] digest(ASN1ObjectIdentifier oid, byte[] data) {
        try {
            return MessageDigest.getInstance(digestName(oid), Bc.PROVIDER).digest(data);
        } catch (GeneralSecurityException e) {
            throw new RejectedException(ChipError.UNSUPPORTED_ALGORITHM, "no implementation of " + oid.getId(), e);
        }
    }
}
