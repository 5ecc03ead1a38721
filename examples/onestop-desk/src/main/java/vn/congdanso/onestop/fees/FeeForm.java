package vn.congdanso.onestop.fees;

import vn.congdanso.core.Vnd;
import vn.congdanso.qr.procedure.ProcedureDirectory;

/**
 * The fee form's fields as typed, for the page to show back.
 *
 * @param procedure   the procedure code
 * @param amount      the amount in đồng: digits, or digits grouped by dots ({@code 120.000})
 * @param description what the fee is for
 * @param dossier     the dossier code, if any
 */
public record FeeForm(String procedure, String amount, String description, String dossier) {

    /** Normalises absent fields to empty text. */
    public FeeForm {
        procedure = procedure == null ? "" : procedure;
        amount = amount == null ? "" : amount;
        description = description == null ? "" : description;
        dossier = dossier == null ? "" : dossier;
    }

    /**
     * The checked order.
     *
     * @throws vn.congdanso.core.RejectedException as {@link NewFeeOrder#of} does
     */
    NewFeeOrder toOrder(ProcedureDirectory directory) {
        String digits = amount.strip();
        if (digits.matches("[0-9]{1,3}(\\.[0-9]{3})+")) {
            digits = digits.replace(".", "");
        }
        Vnd parsed = digits.isEmpty() ? null : Vnd.parse(digits);
        return NewFeeOrder.of(procedure, parsed, description, dossier, directory);
    }

    /** The code and amount; never the description. */
    @Override
    public String toString() {
        return "FeeForm[" + procedure + ", " + amount + "]";
    }
}
