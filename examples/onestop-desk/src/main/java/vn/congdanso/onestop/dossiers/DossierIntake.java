package vn.congdanso.onestop.dossiers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.time.VnTime;
import vn.congdanso.onestop.procedures.ProcedureLookup;
import vn.congdanso.qr.procedure.DossierCode;
import vn.congdanso.qr.procedure.DossierState;
import vn.congdanso.qr.procedure.Procedure;
import vn.congdanso.qr.procedure.ProcedureCode;
import vn.congdanso.qr.receipt.Receipt;
import vn.congdanso.qr.receipt.ReceiptSigner;

/**
 * Receives a dossier: looks the procedure up, numbers the dossier
 * {@code {unit}-{yyMMdd}-{sequence}} from the database, sets its due date from the procedure's
 * processing time, signs its receipt and stores it.
 */
@Service
class DossierIntake {

    private static final Logger LOG = LoggerFactory.getLogger(DossierIntake.class);
    private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    private final ProcedureLookup procedures;
    private final DossierStore store;
    private final ReceiptSigner signer;
    private final ReceivingUnit unit;
    private final Clock clock;

    DossierIntake(ProcedureLookup procedures, DossierStore store, ReceiptSigner signer, ReceivingUnit unit, Clock clock) {
        this.procedures = procedures;
        this.store = store;
        this.signer = signer;
        this.unit = unit;
        this.clock = clock;
    }

    /**
     * Registers {@code application}.
     *
     * @throws RejectedException a procedure-code error or {@code procedure.UNKNOWN_PROCEDURE}
     */
    Dossier receive(Application application) {
        Procedure procedure = procedures.require(application.procedureCode());
        ProcedureCode code = procedure.code().orElseThrow();
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Optional<Instant> dueAt = DueDates.dueAt(procedure.processingTime(), receivedAt).filter(due -> !due.isBefore(receivedAt));
        LocalDate day = LocalDate.ofInstant(receivedAt, VnTime.ZONE);
        long sequence = store.nextSequence(unit.dossierUnit(), day);
        DossierCode dossierCode = DossierCode.parse(unit.dossierUnit() + "-" + CODE_DATE.format(day) + "-" + String.format("%04d", sequence));
        String idNumber = application.card().citizenId().digits();
        // A receipt always names a due time: where the procedure sets none, it is the received time.
        String receipt = signer.sign(new Receipt(dossierCode, code, unit.agency(), receivedAt, dueAt.orElse(receivedAt)), idNumber);
        Dossier dossier = new Dossier(dossierCode, code, procedure.name(), application.card().fullName(), idNumber,
                application.phone(), DossierState.RECEIVED, receivedAt, dueAt, receipt);
        store.insert(dossier);
        LOG.info("dossier {} received for procedure {}, applicant {}", dossierCode, code, dossier.maskedIdNumber());
        return dossier;
    }
}
