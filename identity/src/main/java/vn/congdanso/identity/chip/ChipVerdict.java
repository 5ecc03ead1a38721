package vn.congdanso.identity.chip;

/**
 * The overall result of passive authentication, a closed set. Only {@link #VALID} means the data is
 * genuine, unaltered and signed under a trusted CSCA.
 */
public enum ChipVerdict {
    /** Signature, hashes, chain to a trusted CSCA, validity and revocation all check out. */
    VALID,
    /**
     * Signature and hashes check out and the Document Signer certificate is within its validity,
     * but it chains to no CSCA in the trust store (Vietnam's CSCA certificate is not publicly
     * distributed). The data is internally consistent, not proven genuine.
     */
    VALID_UNTRUSTED_CHAIN,
    /** A provided data group does not hash to the SOD's value, or is not listed in the SOD. */
    HASH_MISMATCH,
    /**
     * The SOD's signature does not verify, its messageDigest does not match the LDS Security
     * Object, or the Document Signer certificate names a trusted CSCA but its signature or key
     * usage does not check out.
     */
    BAD_SIGNATURE,
    /** The Document Signer or CSCA certificate was not valid at signing time or is not valid now. */
    CERT_EXPIRED,
    /** The Document Signer certificate is on a CRL of its CSCA. */
    CERT_REVOKED,
    /** EF.SOD or a data group cannot be parsed, or is too large. */
    MALFORMED;

    /** Whether the data may be read: {@link #VALID} or {@link #VALID_UNTRUSTED_CHAIN}. */
    public boolean dataIntact() {
        return this == VALID || this == VALID_UNTRUSTED_CHAIN;
    }
}
