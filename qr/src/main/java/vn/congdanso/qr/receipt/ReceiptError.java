package vn.congdanso.qr.receipt;

import vn.congdanso.core.ErrorCode;

/**
 * Failure reasons of signing and verifying receipts. Verification codes name the step that
 * failed, in the order the steps run: {@link #BAD_PREFIX}, {@link #BAD_BASE45},
 * {@link #BAD_COMPRESSION} / {@link #PAYLOAD_TOO_LARGE}, {@link #BAD_COSE},
 * {@link #UNSUPPORTED_ALGORITHM}, {@link #UNKNOWN_KEY}, {@link #BAD_SIGNATURE},
 * {@link #BAD_CLAIMS}, {@link #EXPIRED}.
 */
public enum ReceiptError implements ErrorCode {
    /** The payload does not start with {@code VNR1:}. */
    BAD_PREFIX,
    /** The text after the prefix is not valid Base45 (RFC 9285). */
    BAD_BASE45,
    /** The Base45 content is not a complete zlib stream. */
    BAD_COMPRESSION,
    /** The decompressed content exceeds the verifier's size bound. */
    PAYLOAD_TOO_LARGE,
    /** The content is not a well-formed COSE_Sign1 structure (RFC 9052). */
    BAD_COSE,
    /** The COSE algorithm is missing, unknown, or not the one this profile allows. */
    UNSUPPORTED_ALGORITHM,
    /** No trusted key is known for the message's key identifier. */
    UNKNOWN_KEY,
    /** The signature does not verify with any trusted key for the key identifier. */
    BAD_SIGNATURE,
    /** The signed claims are missing, mistyped or invalid. */
    BAD_CLAIMS,
    /** The receipt's expiry time has passed. */
    EXPIRED,
    /** A signing or verification key is not an EC key on the curve the algorithm requires. */
    BAD_KEY,
    /** A PEM document could not be read as the key or certificate expected. */
    BAD_PEM,
    /** An applicant ID number was not 9 or 12 digits. */
    BAD_ID_NUMBER,
    /** A receipt to sign was inconsistent (due before received, empty issuer, bad key identifier). */
    BAD_CLAIM_VALUE;

    /** {@code "receipt"}. */
    @Override
    public String namespace() {
        return "receipt";
    }
}
