package vn.congdanso.onestop.receipts;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import vn.congdanso.core.time.VnTime;
import vn.congdanso.qr.receipt.VerifiedReceipt;

/**
 * The fields of a receipt that verified, as the page prints them (Vietnam time).
 *
 * @param issuer     the receiving unit's name
 * @param dossier    the dossier code
 * @param procedure  the procedure code, localized for the agency
 * @param agency     the receiving agency's code
 * @param receivedAt when the dossier was received
 * @param dueAt      when the result is due; null when the receipt names no later time than receipt
 * @param expiresAt  until when the receipt verifies
 * @param kid        the signing key's identifier
 * @param idMatch    whether the ID number typed matches the receipt's holder; null when none was typed
 */
record VerdictView(String issuer, String dossier, String procedure, String agency, String receivedAt, String dueAt,
        String expiresAt, String kid, Boolean idMatch) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(VnTime.ZONE);

    static VerdictView of(VerifiedReceipt receipt, String idNumber) {
        String due = receipt.dueAt().equals(receipt.receivedAt()) ? null : format(receipt.dueAt());
        Boolean match = idNumber.isBlank() ? null : receipt.matchesIdNumber(idNumber.strip());
        return new VerdictView(receipt.issuer(), receipt.dossier().toString(), receipt.procedure().toString(),
                receipt.agency().toString(), format(receipt.receivedAt()), due, format(receipt.expiresAt()), receipt.kid(), match);
    }

    private static String format(Instant instant) {
        return TIME.format(instant);
    }
}
