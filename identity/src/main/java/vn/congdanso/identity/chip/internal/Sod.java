package vn.congdanso.identity.chip.internal;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cms.SignerInformation;

/**
 * A parsed EF.SOD. Arrays are never handed out to callers of the public API.
 *
 * @param signer the one SignerInfo
 * @param documentSigner the Document Signer certificate carried in the SignedData
 * @param content the encapsulated LDS Security Object, as signed
 * @param ldsVersion the LDS Security Object's version (0 or 1)
 * @param hashAlgorithm the algorithm of the data-group hashes
 * @param hashes the data-group hashes by data-group number
 * @param signingTime the signingTime signed attribute, when present
 */
public record Sod(SignerInformation signer, X509Certificate documentSigner, byte[] content, int ldsVersion,
        ASN1ObjectIdentifier hashAlgorithm, Map<Integer, byte[]> hashes, Optional<Instant> signingTime) {

    /** The JCA name of the data-group hash algorithm. */
    public String hashAlgorithmName() {
        return Algorithms.digestName(hashAlgorithm);
    }
}
