package vn.congdanso.qr.receipt;

import java.security.PublicKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.testing.LogCapture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustListTest {

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private final PublicKey first = TestKeys.p256().getPublic();
    private final PublicKey second = TestKeys.p256().getPublic();

    @Test
    void findsKeysByKid() {
        TrustList list = TrustList.builder().key("a", first).key("a", second).key("b", second).build();
        assertThat(list.keysFor("a")).containsExactly(first, second);
        assertThat(list.keysFor("b")).containsExactly(second);
        assertThat(list.keysFor("c")).isEmpty();
    }

    @Test
    void derivesKidOfCertificate() {
        var certificate = PemKeys.certificate(Pems.read("cert.pem"));
        String kid = TrustList.kidOf(certificate);
        assertThat(kid).hasSize(11);
        assertThat(TrustList.builder().certificate(certificate).build().keysFor(kid)).containsExactly(certificate.getPublicKey());
        assertThat(TrustList.builder().certificate("desk", certificate).build().keysFor("desk")).hasSize(1);
    }

    @Test
    void offersAnyKidKeyForEveryKidAndWarns() {
        TrustList list = TrustList.builder().allowAnyKid(first).build();
        assertThat(list.keysFor("whatever")).containsExactly(first);
        assertThat(logs.text()).contains("any key identifier");
    }

    @Test
    void rejectsNonEcKeys() throws Exception {
        PublicKey rsa = java.security.KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic();
        assertThatThrownBy(() -> TrustList.builder().key("a", rsa))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ReceiptError.BAD_KEY));
    }

    @Test
    void verifiesReceiptSignedUnderCertificateKid() {
        var certificate = PemKeys.certificate(Pems.read("cert.pem"));
        String kid = TrustList.kidOf(certificate);
        String payload = ReceiptSigner.builder().privateKey(PemKeys.privateKey(Pems.read("sec1.pem"))).kid(kid)
                .issuer("UBND phường Ba Đình").clock(Receipts.CLOCK).build().sign(Receipts.typical(), Receipts.ID_NUMBER);
        ReceiptVerifier verifier = ReceiptVerifier.builder().keys(TrustList.builder().certificate(certificate).build())
                .clock(Receipts.CLOCK).build();
        assertThat(verifier.verify(payload).kid()).isEqualTo(kid);
    }
}
