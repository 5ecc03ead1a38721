package vn.congdanso.qr.receipt;

import java.time.Instant;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.procedure.AgencyCode;
import vn.congdanso.qr.procedure.DossierCode;
import vn.congdanso.qr.procedure.ProcedureCode;

import static java.util.Objects.requireNonNull;

/**
 * What a One-Stop desk certifies when it hands a citizen a dossier receipt. A national procedure
 * code is localized for {@code agency}; a localized one must name {@code agency}.
 *
 * @param dossier    the dossier's code
 * @param procedure  the procedure, localized for the receiving agency
 * @param agency     the receiving agency
 * @param receivedAt when the dossier was received
 * @param dueAt      when the result is due; not before {@code receivedAt}
 */
public record Receipt(DossierCode dossier, ProcedureCode procedure, AgencyCode agency, Instant receivedAt, Instant dueAt) {

    /**
     * Validates and normalizes the components.
     *
     * @throws RejectedException {@link ReceiptError#BAD_CLAIM_VALUE} when the procedure is localized
     *                           for another agency or the result is due before the dossier was received
     */
    public Receipt {
        requireNonNull(dossier, "dossier == null");
        requireNonNull(procedure, "procedure == null");
        requireNonNull(agency, "agency == null");
        requireNonNull(receivedAt, "receivedAt == null");
        requireNonNull(dueAt, "dueAt == null");
        if (procedure.agency().isPresent() && !procedure.agency().get().equals(agency)) {
            throw new RejectedException(ReceiptError.BAD_CLAIM_VALUE, "procedure code is localized for another agency");
        }
        procedure = procedure.localizedFor(agency);
        if (dueAt.isBefore(receivedAt)) {
            throw new RejectedException(ReceiptError.BAD_CLAIM_VALUE, "due time is before the received time");
        }
    }
}
