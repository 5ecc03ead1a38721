package vn.congdanso.identity.card;

import vn.congdanso.core.ErrorCode;

/** Why a citizen ID number or a card QR text was rejected. */
public enum CardError implements ErrorCode {
    /**
     * Wrong shape: fewer than seven fields, an ID number that is not 12 digits, an old ID number
     * that is neither empty nor 9 digits, a sex other than {@code Nam}/{@code Nữ}, an empty name.
     */
    BAD_FORMAT,
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
