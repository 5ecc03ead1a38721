package vn.congdanso.payments.vietqr;

import vn.congdanso.core.ErrorCode;

/**
 * A rule of the NAPAS VietQR profile, or a deviation from common practice, found in a payload
 * that is otherwise valid. {@linkplain #strict() Strict} rules make strict parsing fail with the
 * rule as the error code; lenient parsing reports every rule broken as a {@link VietQrWarning}.
 * The names of strict rules are those of the shared VietQR vectors.
 */
public enum VietQrRule implements ErrorCode {
    /** The CRC hex digits are not upper case. */
    CRC_LOWERCASE(true),
    /** No ID 38 with GUID A000000727 and a 01 template holding a 6-digit BIN and a 1–19 character account. */
    NO_NAPAS_ACCOUNT(true),
    /** A 26–51 template whose sub-ID 00 is neither a 10–32 hex-digit AID nor a dotted reverse domain. */
    BAD_GUID(true),
    /** A 26–51 template that does not split into data objects. */
    BAD_TEMPLATE(true),
    /** ID 38 sub-ID 02 is not QRIBFTTA, QRIBFTTC, QRPUSH or QRCASH. */
    BAD_SERVICE_CODE(true),
    /** ID 53 is absent or not 704 (VND). */
    BAD_CURRENCY(true),
    /** ID 58 is absent or not VN. */
    BAD_COUNTRY(true),
    /** An 80–99 template that is not TLV with a sub-ID 00. */
    UNRESERVED_NOT_TLV(true),
    /** Non-ASCII text outside ID 64. */
    NON_ASCII(true),
    /** 59 over 25, 60 over 15, a 62 sub-value over 25, 54 over 13 or the account over 19 characters. */
    FIELD_TOO_LONG(true),
    /** The service code sits inside the beneficiary template (38.01.02) instead of 38.02. */
    NESTED_SERVICE_CODE(false),
    /** A sub-ID the VietQR profile does not define, kept as is. */
    UNKNOWN_SUB_TAG(false),
    /** A top-level ID reserved for future use by EMVCo (65–79), kept as is. */
    UNKNOWN_TAG(false),
    /** The encoder removed characters that have no ASCII form (symbols, emoji). */
    TEXT_FOLDED(false),
    /** The encoder cut a text field to its maximum length. */
    TEXT_TRUNCATED(false);

    private final boolean strict;

    VietQrRule(boolean strict) {
        this.strict = strict;
    }

    /** Whether breaking this rule makes a payload invalid under the strict NAPAS profile. */
    public boolean strict() {
        return strict;
    }

    /** {@code "vietqr"}. */
    @Override
    public String namespace() {
        return "vietqr";
    }
}
