package vn.congdanso.identity.mrz;

import vn.congdanso.core.ErrorCode;

/**
 * Why a machine-readable zone is rejected (thrown: the text cannot be read as an MRZ at all) or
 * invalid (reported in {@link Mrz#errors()}: it was read, but a check failed). Reported errors are
 * listed in the order of this enum.
 */
public enum MrzError implements ErrorCode {
    /** Thrown: longer than any MRZ. */
    TOO_LONG,
    /** Thrown: neither three lines (TD1) nor two (TD3). */
    BAD_LINE_COUNT,
    /** Thrown: a character outside A–Z, 0–9 and the filler {@code <}. */
    BAD_CHARACTER,
    /** Thrown: a line not 30 (TD1) or 44 (TD3) characters long. */
    BAD_LINE_LENGTH,
    /** Reported: line 1 of a Vietnamese card does not start with {@code IDVNM}. */
    BAD_DOCUMENT_CODE,
    /** Reported: the document number's check digit does not match. */
    BAD_DOCUMENT_NUMBER_CHECK,
    /** Reported: the check digit of a Vietnamese card's 12-digit ID number does not match. */
    BAD_ID_NUMBER_CHECK,
    /** Reported: the birth date's check digit does not match. */
    BAD_BIRTH_DATE_CHECK,
    /** Reported: the expiry date's check digit does not match. */
    BAD_EXPIRY_CHECK,
    /** Reported: the personal number's check digit (TD3) does not match. */
    BAD_PERSONAL_NUMBER_CHECK,
    /** Reported: the composite check digit does not match. */
    BAD_COMPOSITE_CHECK,
    /** Reported: a Vietnamese card's 9-digit document number is not the tail of its 12-digit ID number. */
    ID_MISMATCH,
    /** Reported: a Vietnamese card's ID number field is not 12 digits. */
    BAD_ID_NUMBER,
    /** Reported: a birth or expiry date that names no real calendar day. */
    BAD_DATE,
    /** Reported: a sex other than {@code M}, {@code F}, {@code X} or {@code <}. */
    BAD_SEX;

    /** {@code "mrz"}. */
    @Override
    public String namespace() {
        return "mrz";
    }
}
