package vn.congdanso.onestop.fees;

import java.util.Optional;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.qr.procedure.DossierCode;
import vn.congdanso.qr.procedure.Procedure;
import vn.congdanso.qr.procedure.ProcedureCode;
import vn.congdanso.qr.procedure.ProcedureDirectory;
import vn.congdanso.qr.procedure.ProcedureError;

/**
 * A fee order to make, checked: a procedure the directory knows, an amount, a description and
 * optionally the dossier it is for.
 *
 * @param procedureCode the procedure
 * @param amount        more than zero, at most {@link #MAX_AMOUNT}
 * @param description   1 to 255 printable characters
 * @param dossierCode   the dossier, if any
 */
public record NewFeeOrder(ProcedureCode procedureCode, Vnd amount, String description,
        Optional<DossierCode> dossierCode) {

    /**
     * The largest fee the desk takes: 500 000 000 đồng, which VietQR, VNPay and ZaloPay accept. MoMo's
     * wallet takes at most 50 000 000 a payment, so MoMo refuses a larger order when it is created
     * (the desk shows MoMo's error); the other ways to pay remain.
     */
    public static final Vnd MAX_AMOUNT = Vnd.of(500_000_000);
    private static final int MAX_DESCRIPTION = 255;

    /**
     * Checks the raw inputs.
     *
     * @param procedure   the procedure code as typed
     * @param amount      the amount, or null when none was given
     * @param description the description; blank means the dossier code, or the procedure's name
     * @param dossier     the dossier code as typed; blank for none
     * @throws RejectedException {@code procedure.BAD_PROCEDURE_CODE}, {@code procedure.UNKNOWN_PROCEDURE},
     *         {@code core.BAD_AMOUNT}, {@code procedure.BAD_DOSSIER_CODE} or {@code core.BAD_ARGUMENT}
     *         (description), naming the field
     */
    public static NewFeeOrder of(String procedure, Vnd amount, String description, String dossier,
            ProcedureDirectory directory) {
        if (procedure == null || procedure.isBlank()) {
            throw new RejectedException(ProcedureError.BAD_PROCEDURE_CODE, "procedureCode is required");
        }
        ProcedureCode code = ProcedureCode.parse(procedure.strip());
        Procedure known = directory.find(code).orElseThrow(() -> new RejectedException(
                ProcedureError.UNKNOWN_PROCEDURE, "procedureCode " + code + " is not in the procedure directory"));
        if (amount == null || amount.isZero()) {
            throw new RejectedException(CoreError.BAD_AMOUNT, "amount must be a whole number of đồng above zero");
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw new RejectedException(CoreError.BAD_AMOUNT, "amount must be at most " + MAX_AMOUNT.format());
        }
        Optional<DossierCode> dossierCode = dossier == null || dossier.isBlank() ? Optional.empty()
                : Optional.of(DossierCode.parse(dossier.strip()));
        String text = description == null ? "" : description.strip();
        if (text.isEmpty()) {
            text = dossierCode.map(DossierCode::toString).orElse("Lệ phí: " + known.name());
            text = text.length() > MAX_DESCRIPTION ? text.substring(0, MAX_DESCRIPTION) : text;
        }
        if (text.length() > MAX_DESCRIPTION || text.chars().anyMatch(Character::isISOControl)) {
            throw new RejectedException(CoreError.BAD_ARGUMENT,
                    "description must be 1 to " + MAX_DESCRIPTION + " characters without control characters");
        }
        return new NewFeeOrder(code, amount, text, dossierCode);
    }

    /** The procedure code and amount: never the description. */
    @Override
    public String toString() {
        return "NewFeeOrder[" + procedureCode + ", " + amount + "]";
    }
}
