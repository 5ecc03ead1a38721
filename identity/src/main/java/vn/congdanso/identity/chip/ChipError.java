package vn.congdanso.identity.chip;

import vn.congdanso.core.ErrorCode;

/**
 * Why chip data is refused. Thrown by the parsers and the trust store; inside a
 * {@link ChipVerification} a parse failure becomes the verdict {@link ChipVerdict#MALFORMED} and
 * its code is reported in the failed step.
 */
public enum ChipError implements ErrorCode {
    /** A file is larger than its limit (EF.SOD 64 KiB, DG2 2 MiB, other data groups 64 KiB). */
    TOO_LARGE,
    /** Truncated or garbled TLV/ASN.1: a length past the end of the data, a wrong tag, trailing bytes. */
    BAD_ASN1,
    /** EF.SOD is not a CMS SignedData with one signer, its certificate and an LDS Security Object. */
    BAD_SOD,
    /** DG1 does not hold a readable MRZ. */
    BAD_DG1,
    /** DG2 does not hold an ISO/IEC 19794-5 face image. */
    BAD_DG2,
    /** DG13 is not a sequence of indexed personal-data entries. */
    BAD_DG13,
    /** DG14 is not a set of security infos. */
    BAD_DG14,
    /** DG15 is not a public key. */
    BAD_DG15,
    /** A data-group number outside 1–16. */
    BAD_DATA_GROUP_NUMBER,
    /** A hash or signature algorithm outside SHA-1/224/256/384/512 with RSA, RSA-PSS or ECDSA. */
    UNSUPPORTED_ALGORITHM,
    /** A certificate or CRL file that is not PEM or DER X.509. */
    BAD_CERTIFICATE,
    /** A CRL file that is not a PEM or DER X.509 CRL. */
    BAD_CRL,
    /** An ICAO master list that is not a CMS-signed list of certificates, or whose signature fails. */
    BAD_MASTER_LIST,
    /** A trust-store file or folder that cannot be read. */
    BAD_FILE;

    /** {@code "chip"}. */
    @Override
    public String namespace() {
        return "chip";
    }
}
