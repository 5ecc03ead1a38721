package vn.congdanso.identity.card;

import vn.congdanso.core.ErrorCode;

/**
 * Why a citizen ID number or a card QR text was rejected; one code per reason, each with the
 * offset of the offending field or character.
 */
public enum CardError implements ErrorCode {
    /** Fewer than the seven fields a card QR text has. */
    BAD_FIELD_COUNT,
    /** An ID number that is not exactly 12 ASCII digits. */
    BAD_ID_NUMBER,
    /** An old ID number (CMND) that is neither empty nor exactly 9 ASCII digits. */
    BAD_OLD_ID_NUMBER,
    /** A blank full name. */
    BAD_NAME,
    /** A sex field other than {@code Nam} or {@code Nữ} (in any case). */
    BAD_SEX,
    /** A blank permanent address. */
    BAD_ADDRESS,
    /** A birth or issue date that is not {@code ddMMyyyy} or names no real calendar day. */
    BAD_DATE,
    /** The input is longer than any card carries. */
    TOO_LONG;

    /** {@code "card"}. */
    @Override
    public String namespace() {
        return "card";
    }
}
