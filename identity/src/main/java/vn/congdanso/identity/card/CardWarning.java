package vn.congdanso.identity.card;

/**
 * Something odd about a card that does not invalidate it: the printed data is authoritative,
 * but a desk clerk may want to look twice.
 */
public enum CardWarning {
    /** The century/sex digit of the ID number says the other sex than the sex field. */
    GENDER_MISMATCH,
    /** The century/sex digit and the two year digits of the ID number name another birth year. */
    BIRTH_YEAR_MISMATCH,
    /** The ID number's three-digit province code is not in the province table. */
    UNKNOWN_PROVINCE
}
