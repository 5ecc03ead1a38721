package vn.congdanso.onestop.procedures;

import java.util.List;

import vn.congdanso.core.Vnd;
import vn.congdanso.qr.procedure.AgencyCode;
import vn.congdanso.qr.procedure.Fee;
import vn.congdanso.qr.procedure.ImplementingLevel;
import vn.congdanso.qr.procedure.Procedure;
import vn.congdanso.qr.procedure.ProcedureCode;

/**
 * A procedure in the JSON shape of {@code docs/openapi/procedures.yaml}'s {@code Procedure}; the
 * pages render the same value.
 *
 * @param code           national or localized code; null when the catalogue did not confirm it
 * @param name           the procedure's name
 * @param field          its field (lĩnh vực)
 * @param levels         the levels of government that carry it out
 * @param processingTime how long it takes, as the source words it
 * @param fees           its fees
 * @param documents      the documents to submit
 * @param legalBasis     the laws and decrees it rests on
 * @param agencies       the agency codes known to publish it
 */
public record ProcedureBody(String code, String name, String field, List<String> levels, String processingTime,
        List<FeeBody> fees, List<String> documents, List<String> legalBasis, List<String> agencies) {

    /**
     * A fee in the contract's {@code Fee} shape.
     *
     * @param description what the fee is for
     * @param amountVnd   whole đồng; null when each province sets it or it depends on the case
     */
    public record FeeBody(String description, Long amountVnd) {

        static FeeBody of(Fee fee) {
            return new FeeBody(fee.description(), fee.amount().map(Vnd::dong).orElse(null));
        }
    }

    /** The contract's view of {@code procedure}. */
    public static ProcedureBody of(Procedure procedure) {
        return new ProcedureBody(procedure.code().map(ProcedureCode::toString).orElse(null), procedure.name(),
                procedure.field(), procedure.levels().stream().map(ImplementingLevel::name).toList(),
                procedure.processingTime(), procedure.fees().stream().map(FeeBody::of).toList(), procedure.documents(),
                procedure.legalBasis(), procedure.agencies().stream().map(AgencyCode::toString).toList());
    }
}
