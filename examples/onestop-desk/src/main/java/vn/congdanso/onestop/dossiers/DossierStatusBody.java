package vn.congdanso.onestop.dossiers;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import vn.congdanso.core.time.VnTime;
import vn.congdanso.qr.procedure.DossierStatus;
import vn.congdanso.qr.procedure.DossierStep;
import vn.congdanso.qr.procedure.FeePayment;
import vn.congdanso.qr.procedure.ProcedureCode;

/**
 * A dossier's status in the JSON shape of {@code docs/openapi/procedures.yaml}'s
 * {@code DossierStatus}; times are RFC 3339 in Vietnam time, to the second.
 *
 * @param dossierCode   the dossier code
 * @param state         where it stands
 * @param procedureCode the procedure's code
 * @param steps         its steps, oldest first
 * @param dueAt         when the result is due; null when the procedure sets no date
 * @param feesPaid      fees paid for it
 */
record DossierStatusBody(String dossierCode, String state, String procedureCode, List<Step> steps, String dueAt,
        List<Payment> feesPaid) {

    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    /**
     * A {@code DossierStep}.
     *
     * @param name        what the step is
     * @param startedAt   when it started
     * @param completedAt when it ended; null while it runs
     */
    record Step(String name, String startedAt, String completedAt) {
    }

    /**
     * A {@code FeePayment}.
     *
     * @param description what was paid for
     * @param amountVnd   whole đồng
     * @param paidAt      when
     */
    record Payment(String description, long amountVnd, String paidAt) {
    }

    static DossierStatusBody of(DossierStatus status) {
        return new DossierStatusBody(status.dossier().toString(), status.state().name(),
                status.procedure().map(ProcedureCode::toString).orElse(null),
                status.steps().stream().map(DossierStatusBody::step).toList(),
                status.dueAt().map(DossierStatusBody::time).orElse(null),
                status.feesPaid().stream().map(DossierStatusBody::payment).toList());
    }

    private static Step step(DossierStep step) {
        return new Step(step.name(), time(step.startedAt()), step.completedAt().map(DossierStatusBody::time).orElse(null));
    }

    private static Payment payment(FeePayment payment) {
        return new Payment(payment.description(), payment.amount().dong(), time(payment.paidAt()));
    }

    private static String time(Instant instant) {
        return RFC_3339.format(OffsetDateTime.ofInstant(instant, VnTime.ZONE));
    }
}
