package vn.congdanso.payments.emv;

import vn.congdanso.core.ErrorCode;

/**
 * Why an EMVCo merchant-presented payload was rejected. The codes are decided in the order they
 * are declared here, first failure wins, so that every decoder reports the same code for the same
 * input.
 */
public enum EmvError implements ErrorCode {
    /** The payload, or a template that must be TLV, does not split into complete data objects. */
    BAD_LENGTH,
    /** The last data object is not ID 63 with length 04. */
    MISSING_CRC,
    /** The CRC digits do not match the CRC-16/CCITT-FALSE of the payload. */
    CRC_MISMATCH,
    /** The first data object is not ID 00 with value {@code 01}. */
    BAD_FORMAT_INDICATOR,
    /** A top-level ID occurs more than once. */
    DUPLICATE_TAG,
    /** ID 01 is present with a value other than {@code 11} (static) or {@code 12} (dynamic). */
    BAD_POINT_OF_INITIATION,
    /** ID 54 is present but is not a plain decimal amount. */
    BAD_AMOUNT,
    /** A data object given to the encoder cannot be written (bad ID, value too long, bad nesting). */
    BAD_DATA_OBJECT;

    /** {@code "emv"}. */
    @Override
    public String namespace() {
        return "emv";
    }
}
