package vn.congdanso.onestop.dossiers;

import java.time.format.DateTimeFormatter;

import vn.congdanso.core.time.VnTime;
import vn.congdanso.onestop.procedures.QrPictures;
import vn.congdanso.qr.ErrorCorrection;
import vn.congdanso.qr.QrEncoder;

/**
 * A dossier as its page shows it to whoever knows its (sequential) code: the name, ID and phone
 * numbers masked, times in Vietnam time, the receipt as text and as an inline QR code (error
 * correction Q, as the receipt format asks).
 *
 * @param code          the dossier code
 * @param procedureCode the procedure's code
 * @param procedureName the procedure's name
 * @param applicantName the applicant's name, each word but its initial masked
 * @param maskedId      the ID number, last four digits only
 * @param maskedPhone   the phone number, last four digits only; null when none was given
 * @param state         the dossier's state
 * @param receivedAt    when it was received
 * @param dueAt         when the result is due; null when the procedure sets no date
 * @param receipt       the signed receipt text
 * @param receiptQr     the receipt's QR code as inline SVG
 */
record DossierView(String code, String procedureCode, String procedureName, String applicantName, String maskedId,
        String maskedPhone, String state, String receivedAt, String dueAt, String receipt, String receiptQr) {

    /** Day and time, Vietnam time, as the pages print them. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(VnTime.ZONE);
    private static final QrEncoder RECEIPT_ENCODER = QrEncoder.builder().errorCorrection(ErrorCorrection.Q).build();

    static DossierView of(Dossier dossier) {
        return new DossierView(dossier.code().toString(), dossier.procedure().toString(), dossier.procedureName(),
                dossier.maskedApplicantName(), dossier.maskedIdNumber(), dossier.maskedPhone().orElse(null), dossier.state().name(),
                TIME.format(dossier.receivedAt()), dossier.dueAt().map(TIME::format).orElse(null), dossier.receipt(),
                QrPictures.inlineSvg(RECEIPT_ENCODER.encode(dossier.receipt())));
    }

    @Override
    public String toString() {
        return "DossierView[" + code + ", applicant=" + maskedId + "]";
    }
}
