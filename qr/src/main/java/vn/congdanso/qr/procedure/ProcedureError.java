package vn.congdanso.qr.procedure;

import vn.congdanso.core.ErrorCode;

/** Failure reasons of the procedure codes, portal links and procedure directories. */
public enum ProcedureError implements ErrorCode {
    /** Text that should be a procedure code ({@code d.dddddd}, optionally {@code .} + agency code) was not. */
    BAD_PROCEDURE_CODE,
    /** Text that should be a QCVN 102:2016 agency code ({@code ddd.dd.dd.Xdd}) was not. */
    BAD_AGENCY_CODE,
    /** An agency code's level-1 letter was neither {@code G} (ministry level) nor {@code H} (province level). */
    UNSUPPORTED_AGENCY_KIND,
    /** Text that should be a dossier code ({@code unit-date-sequence}) was not. */
    BAD_DOSSIER_CODE,
    /** A dossier code's date part named no real calendar day. */
    BAD_DOSSIER_DATE,
    /** A portal link template was not an absolute ASCII https URL with exactly one placeholder. */
    BAD_PORTAL_TEMPLATE,
    /** A directory query asked for a page or page size out of range. */
    BAD_QUERY,
    /** No procedure with the code looked up is in the directory (for tools that report an empty lookup). */
    UNKNOWN_PROCEDURE,
    /** The bundled procedure catalogue could not be read. */
    CATALOGUE_UNREADABLE;

    /** {@code "procedure"}. */
    @Override
    public String namespace() {
        return "procedure";
    }
}
