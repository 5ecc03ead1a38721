package vn.congdanso.identity.chip;

/** The steps of passive authentication, in the order they run. */
public enum ChipStep {
    /** EF.SOD parsed: CMS SignedData, one signer, the Document Signer certificate, the LDS Security Object. */
    PARSE_SOD,
    /** The SOD's signature verifies over the signed attributes with the Document Signer's key. */
    SOD_SIGNATURE,
    /** The signed messageDigest attribute matches the LDS Security Object. */
    MESSAGE_DIGEST,
    /** Every provided data group hashes to the SOD's value. */
    DATA_GROUP_HASHES,
    /** The Document Signer certificate chains to a trusted CSCA; validity periods and key usage hold. */
    CHAIN,
    /** The Document Signer certificate is on none of its CSCA's CRLs. */
    REVOCATION,
    /** The provided data groups parsed (only when the data is intact). */
    PARSE_DATA_GROUPS
}
