package vn.congdanso.onestop.procedures;

import org.springframework.stereotype.Component;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.procedure.Procedure;
import vn.congdanso.qr.procedure.ProcedureCode;
import vn.congdanso.qr.procedure.ProcedureDirectory;
import vn.congdanso.qr.procedure.ProcedureError;

/** Finds a procedure by the code in a request, for the pages, the API and dossier intake. */
@Component
public class ProcedureLookup {

    private final ProcedureDirectory directory;

    ProcedureLookup(ProcedureDirectory directory) {
        this.directory = directory;
    }

    /**
     * The procedure with {@code code} as typed.
     *
     * @throws RejectedException {@code procedure.BAD_PROCEDURE_CODE} (or an agency-code error) when
     *                           the text is no procedure code, {@code procedure.UNKNOWN_PROCEDURE}
     *                           when the directory has none with it
     */
    public Procedure require(String code) {
        ProcedureCode parsed = ProcedureCode.parse(code.strip());
        return directory.find(parsed).orElseThrow(() ->
                new RejectedException(ProcedureError.UNKNOWN_PROCEDURE, "no procedure with this code in the directory"));
    }

    /** The directory the lookups go to (the starter's bean). */
    public ProcedureDirectory directory() {
        return directory;
    }
}
