package vn.congdanso.onestop.dossiers;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import vn.congdanso.core.privacy.Redactor;
import vn.congdanso.qr.procedure.DossierCode;
import vn.congdanso.qr.procedure.DossierState;
import vn.congdanso.qr.procedure.DossierStatus;
import vn.congdanso.qr.procedure.DossierStep;
import vn.congdanso.qr.procedure.FeePayment;
import vn.congdanso.qr.procedure.ProcedureCode;

/**
 * A dossier received at the desk. {@link #toString()} masks the applicant's data.
 *
 * @param code          its dossier code
 * @param procedure     the procedure's national code
 * @param procedureName the procedure's name when received
 * @param applicantName the applicant's name from the card. Personal data.
 * @param idNumber      the applicant's 12-digit ID number from the card. Personal data.
 * @param phone         a contact phone number, when given. Personal data.
 * @param state         where it stands
 * @param receivedAt    when it was received, to the second
 * @param dueAt         when the result is due, when the procedure's processing time names a date
 * @param receipt       the signed receipt ({@code VNR1:…}) handed to the applicant
 */
record Dossier(DossierCode code, ProcedureCode procedure, String procedureName, String applicantName, String idNumber,
        Optional<String> phone, DossierState state, Instant receivedAt, Optional<Instant> dueAt, String receipt) {

    /** The name of the one step every dossier here has taken. */
    static final String RECEPTION_STEP = "Tiếp nhận hồ sơ";

    /** The ID number with all but its last four digits masked. */
    String maskedIdNumber() {
        return Redactor.maskKeepingLast4(idNumber);
    }

    /**
     * The name with each word reduced to its first letter and a star per other letter
     * ({@code NGUYEN VAN A} → {@code N***** V** A}): enough for the applicant to recognise, not
     * for whoever guesses a dossier code.
     */
    String maskedApplicantName() {
        StringBuilder masked = new StringBuilder();
        for (String word : applicantName.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!masked.isEmpty()) {
                masked.append(' ');
            }
            int first = word.offsetByCodePoints(0, 1);
            masked.append(word, 0, first).append(String.valueOf(Redactor.MASK).repeat(word.codePointCount(first, word.length())));
        }
        return masked.toString();
    }

    /** The phone number with all but its last four digits masked. */
    Optional<String> maskedPhone() {
        return phone.map(Redactor::maskKeepingLast4);
    }

    /** Its status as the procedure-directory contract reports it: received, with the fees paid for it. */
    DossierStatus toDossierStatus(List<FeePayment> feesPaid) {
        DossierStep reception = new DossierStep(RECEPTION_STEP, receivedAt, Optional.of(receivedAt));
        return new DossierStatus(code, state, Optional.of(procedure), List.of(reception), dueAt, feesPaid);
    }

    @Override
    public String toString() {
        return "Dossier[" + code + ", procedure=" + procedure + ", applicant=" + maskedIdNumber() + ", state=" + state + "]";
    }
}
