package vn.congdanso.identity.mrz;

/** A check digit of the MRZ; {@link Mrz#checks()} holds each one's outcome. */
public enum MrzCheck {
    /** The document number's check digit. */
    DOCUMENT_NUMBER("documentNumber", MrzError.BAD_DOCUMENT_NUMBER_CHECK),
    /** The check digit of a Vietnamese card's 12-digit ID number. */
    ID_NUMBER("idNumber", MrzError.BAD_ID_NUMBER_CHECK),
    /** The birth date's check digit. */
    BIRTH_DATE("birthDate", MrzError.BAD_BIRTH_DATE_CHECK),
    /** The expiry date's check digit. */
    EXPIRY_DATE("expiryDate", MrzError.BAD_EXPIRY_CHECK),
    /** The personal number's check digit (TD3). */
    PERSONAL_NUMBER("personalNumber", MrzError.BAD_PERSONAL_NUMBER_CHECK),
    /** The composite check digit over the upper and middle lines. */
    COMPOSITE("composite", MrzError.BAD_COMPOSITE_CHECK);

    private final String fieldName;
    private final MrzError error;

    MrzCheck(String fieldName, MrzError error) {
        this.fieldName = fieldName;
        this.error = error;
    }

    /** The camel-case name the CLI's JSON uses, for example {@code documentNumber}. */
    public String fieldName() {
        return fieldName;
    }

    /** The error reported when this check fails. */
    public MrzError error() {
        return error;
    }
}
