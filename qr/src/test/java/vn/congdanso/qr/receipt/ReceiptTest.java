package vn.congdanso.qr.receipt;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.procedure.AgencyCode;
import vn.congdanso.qr.procedure.ProcedureCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReceiptTest {

    private final Receipt typical = Receipts.typical();

    @Test
    void localizesNationalProcedureForTheAgency() {
        assertThat(typical.procedure()).hasToString("1.001193.000.00.15.H41");
    }

    @Test
    void keepsProcedureAlreadyLocalizedForTheAgency() {
        Receipt receipt = new Receipt(typical.dossier(), ProcedureCode.parse("1.001193.000.00.15.H41"), typical.agency(),
                typical.receivedAt(), typical.dueAt());
        assertThat(receipt).isEqualTo(typical);
    }

    @Test
    void rejectsProcedureLocalizedForAnotherAgency() {
        assertThatThrownBy(() -> new Receipt(typical.dossier(), ProcedureCode.parse("1.001193.000.00.00.H41"),
                AgencyCode.parse("000.00.15.H41"), typical.receivedAt(), typical.dueAt()))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ReceiptError.BAD_CLAIM_VALUE));
    }

    @Test
    void rejectsDueBeforeReceived() {
        assertThatThrownBy(() -> new Receipt(typical.dossier(), typical.procedure(), typical.agency(), typical.dueAt(),
                typical.receivedAt()))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ReceiptError.BAD_CLAIM_VALUE));
    }
}
