package vn.congdanso.payments.vietqr;

/** EMVCo ID 01: whether a code may be paid many times or once. */
public enum PointOfInitiation {
    /** {@code 11}: reusable, usually without an amount (a printed sign at a desk). */
    STATIC("11"),
    /** {@code 12}: for one transaction, usually with an amount and a reference. */
    DYNAMIC("12");

    private final String code;

    PointOfInitiation(String code) {
        this.code = code;
    }

    /** The two digits written in ID 01. */
    public String code() {
        return code;
    }

    /** {@code "static"} or {@code "dynamic"}, as the CLI prints it. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static PointOfInitiation ofCode(String code) {
        return "12".equals(code) ? DYNAMIC : STATIC;
    }
}
