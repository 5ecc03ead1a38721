package vn.congdanso.qr.receipt;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReceiptSignerTest {

    @Test
    void producesPrefixedBase45Payload() {
        String payload = Receipts.signedTypical();
        assertThat(payload).startsWith("VNR1:").matches("VNR1:[0-9A-Z $%*+\\-./:]+");
    }

    @Test
    void saltsEveryReceiptDifferently() {
        assertThat(Receipts.signedTypical()).isNotEqualTo(Receipts.signedTypical());
    }

    @Test
    void rejectsMalformedIdNumber() {
        for (String bad : new String[] {"", "12345678", "02520101234X", "0252010123456"}) {
            assertThatThrownBy(() -> Receipts.signer().sign(Receipts.typical(), bad))
                    .isInstanceOfSatisfying(RejectedException.class, e -> {
                        assertThat(e.code()).isEqualTo(ReceiptError.BAD_ID_NUMBER);
                        assertThat(e.getMessage()).doesNotContain(bad.isEmpty() ? "\u0000" : bad);
                    });
        }
    }

    @Test
    void acceptsOldNineDigitIdNumber() {
        String payload = Receipts.signer().sign(Receipts.typical(), "123456789");
        assertThat(Receipts.verifier(Receipts.CLOCK).verify(payload).matchesIdNumber("123456789")).isTrue();
    }

    @Test
    void rejectsKeyOffP256() {
        assertThatThrownBy(() -> ReceiptSigner.builder().privateKey(TestKeys.generate("secp384r1").getPrivate()))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ReceiptError.BAD_KEY));
    }

    @Test
    void rejectsUnusableKidAndIssuer() {
        assertThatThrownBy(() -> ReceiptSigner.builder().kid("")).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> ReceiptSigner.builder().kid("k".repeat(65))).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> ReceiptSigner.builder().issuer("  ")).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> ReceiptSigner.builder().issuer("x".repeat(81))).isInstanceOf(RejectedException.class);
    }

    @Test
    void rejectsOutOfRangeValidity() {
        assertThatThrownBy(() -> ReceiptSigner.builder().validity(Duration.ZERO)).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> ReceiptSigner.builder().validity(Duration.ofDays(4000))).isInstanceOf(RejectedException.class);
    }

    @Test
    void requiresKeyKidAndIssuer() {
        assertThatThrownBy(() -> ReceiptSigner.builder().kid("k").issuer("UBND").build()).isInstanceOf(RejectedException.class);
    }
}
