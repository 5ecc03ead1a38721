package vn.congdanso.onestop.dossiers;

import java.util.Optional;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.privacy.Redactor;
import vn.congdanso.identity.card.CitizenCardQr;

/**
 * What the applicant hands in: the procedure, their card's QR data and an optional phone number.
 * {@link #toString()} masks the card.
 *
 * @param procedureCode the procedure code as chosen on the form
 * @param card          the parsed card QR
 * @param phone         a Vietnamese phone number, normalised to digits (and a leading {@code +})
 */
record Application(String procedureCode, CitizenCardQr card, Optional<String> phone) {

    /**
     * {@code phone} without spaces, dots and hyphens; empty when blank.
     *
     * @throws RejectedException {@code dossier.BAD_PHONE} unless {@code 0} or {@code +84} and nine digits
     */
    static Optional<String> phone(String phone) {
        String compact = phone == null ? "" : phone.replaceAll("[\\s.\\-]", "");
        if (compact.isEmpty()) {
            return Optional.empty();
        }
        if (!compact.matches("(0|\\+84)[1-9]\\d{8}")) {
            throw new RejectedException(DossierError.BAD_PHONE, "a phone number is 0 or +84 followed by nine digits");
        }
        return Optional.of(compact);
    }

    @Override
    public String toString() {
        return "Application[" + procedureCode + ", " + card + ", phone=" + phone.map(Redactor::maskKeepingLast4).orElse("none") + "]";
    }
}
