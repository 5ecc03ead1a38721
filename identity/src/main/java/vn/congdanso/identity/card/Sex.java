package vn.congdanso.identity.card;

/** The sex printed on a card and encoded in its ID number and MRZ. */
public enum Sex {
    /** Nam; {@code M} in the MRZ. */
    MALE("M"),
    /** Nữ; {@code F} in the MRZ. */
    FEMALE("F");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** {@code M} or {@code F}, as the MRZ and the CLI write it. */
    public String code() {
        return code;
    }
}
