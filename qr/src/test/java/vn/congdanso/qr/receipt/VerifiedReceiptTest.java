package vn.congdanso.qr.receipt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedReceiptTest {

    private final VerifiedReceipt receipt = Receipts.verifier(Receipts.CLOCK).verify(Receipts.signedTypical());

    @Test
    void matchesTheApplicantsIdNumber() {
        assertThat(receipt.matchesIdNumber(Receipts.ID_NUMBER)).isTrue();
    }

    @Test
    void doesNotMatchAnotherOrMalformedIdNumber() {
        assertThat(receipt.matchesIdNumber("025201012346")).isFalse();
        assertThat(receipt.matchesIdNumber("")).isFalse();
        assertThat(receipt.matchesIdNumber(null)).isFalse();
        assertThat(receipt.matchesIdNumber("02520101234")).isFalse();
    }

    @Test
    void printsTheDossierOnly() {
        assertThat(receipt.toString()).isEqualTo("VerifiedReceipt[H15.50.05.13-261008-0975]");
    }
}
