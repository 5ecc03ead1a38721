package vn.congdanso.qr.procedure;

import java.util.Optional;

import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/**
 * A code from the national database of administrative procedures: the national form
 * {@code d.dddddd} (for example {@code 1.001612}), or its localized form published by one agency,
 * the national code, a dot and the agency's {@link AgencyCode} ({@code 1.001612.000.00.00.H01}).
 * Immutable and thread-safe; equal when the text is equal.
 */
public final class ProcedureCode {

    /** Length of the national form. */
    public static final int NATIONAL_LENGTH = 8;
    /** Length of the localized form. */
    public static final int LOCALIZED_LENGTH = NATIONAL_LENGTH + 1 + AgencyCode.LENGTH;

    private final String national;
    private final AgencyCode agency;

    private ProcedureCode(String national, AgencyCode agency) {
        this.national = national;
        this.agency = agency;
    }

    /**
     * Parses a national or localized procedure code, exactly as printed (no spaces).
     *
     * @throws RejectedException {@link ProcedureError#BAD_PROCEDURE_CODE} with the offset of
     *                           the first wrong character; for a localized code, the agency part's
     *                           errors ({@link AgencyCode#parse(String)}) with offsets into the whole text
     */
    public static ProcedureCode parse(String text) {
        requireNonNull(text, "text == null");
        ProcedureError code = ProcedureError.BAD_PROCEDURE_CODE;
        String what = "procedure code (d.dddddd)";
        Codes.requirePattern(text.substring(0, Math.min(text.length(), NATIONAL_LENGTH)), 0, "d.dddddd", code, what);
        if (text.length() == NATIONAL_LENGTH) {
            return new ProcedureCode(text, null);
        }
        Codes.requireChar(text, NATIONAL_LENGTH, '.', code, what);
        return new ProcedureCode(text.substring(0, NATIONAL_LENGTH), parseAgency(text));
    }

    private static AgencyCode parseAgency(String text) {
        try {
            return AgencyCode.parse(text.substring(NATIONAL_LENGTH + 1));
        } catch (RejectedException e) {
            int offset = NATIONAL_LENGTH + 1 + e.offset().orElse(0);
            throw RejectedException.atOffset(e.code(), e.getMessage(), offset);
        }
    }

    /** The national code {@code d.dddddd}, without any agency. */
    public ProcedureCode national() {
        return agency == null ? this : new ProcedureCode(national, null);
    }

    /** This procedure as published by {@code agency}: {@code d.dddddd.ddd.dd.dd.Xdd}. */
    public ProcedureCode localizedFor(AgencyCode agency) {
        requireNonNull(agency, "agency == null");
        return new ProcedureCode(national, agency);
    }

    /** The publishing agency of a localized code; empty for a national code. */
    public Optional<AgencyCode> agency() {
        return Optional.ofNullable(agency);
    }

    /** Whether this is the localized form. */
    public boolean isLocalized() {
        return agency != null;
    }

    /** The code as printed: {@code d.dddddd} or {@code d.dddddd.ddd.dd.dd.Xdd}. */
    @Override
    public String toString() {
        return agency == null ? national : national + "." + agency;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcedureCode other && toString().equals(other.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
