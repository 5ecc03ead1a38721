package vn.congdanso.qr.procedure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A dossier's progress as the receiving system reports it.
 *
 * @param dossier   the dossier
 * @param state     where it stands
 * @param procedure the procedure, when reported
 * @param steps     its handling steps, oldest first
 * @param dueAt     when the result is due, when set
 * @param feesPaid  fees paid so far
 */
public record DossierStatus(DossierCode dossier, DossierState state, Optional<ProcedureCode> procedure, List<DossierStep> steps,
        Optional<Instant> dueAt, List<FeePayment> feesPaid) {

    /** Validates the components and freezes the lists. */
    public DossierStatus {
        requireNonNull(dossier, "dossier == null");
        requireNonNull(state, "state == null");
        requireNonNull(procedure, "procedure == null");
        requireNonNull(dueAt, "dueAt == null");
        steps = List.copyOf(steps);
        feesPaid = List.copyOf(feesPaid);
    }
}
