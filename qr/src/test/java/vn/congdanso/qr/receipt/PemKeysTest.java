package vn.congdanso.qr.receipt;

import java.security.interfaces.ECPrivateKey;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.receipt.internal.Ecdsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PemKeysTest {

    @Test
    void readsPkcs8AndSec1FormsOfTheSameKey() {
        ECPrivateKey pkcs8 = (ECPrivateKey) PemKeys.privateKey(Pems.read("pkcs8.pem"));
        ECPrivateKey sec1 = (ECPrivateKey) PemKeys.privateKey(Pems.read("sec1.pem"));
        assertThat(sec1.getS()).isEqualTo(pkcs8.getS());
        assertThat(Ecdsa.Algorithm.ES256.fits(sec1)).isTrue();
    }

    @Test
    void readsMatchingPublicKeyAndCertificate() {
        var privateKey = PemKeys.privateKey(Pems.read("pkcs8.pem"));
        byte[] signature = Ecdsa.sign(Ecdsa.Algorithm.ES256, privateKey, new byte[] {1});
        assertThat(Ecdsa.verify(Ecdsa.Algorithm.ES256, PemKeys.publicKey(Pems.read("public.pem")), new byte[] {1}, signature)).isTrue();
        var certificate = PemKeys.certificate(Pems.read("cert.pem"));
        assertThat(Ecdsa.verify(Ecdsa.Algorithm.ES256, certificate.getPublicKey(), new byte[] {1}, signature)).isTrue();
        assertThat(PemKeys.isCertificate(Pems.read("cert.pem"))).isTrue();
        assertThat(PemKeys.isCertificate(Pems.read("public.pem"))).isFalse();
    }

    @Test
    void rejectsSec1KeyOnAnotherCurve() {
        assertThatThrownBy(() -> PemKeys.privateKey(Pems.read("p384-sec1.pem")))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ReceiptError.BAD_KEY));
    }

    @Test
    void rejectsWrongOrBrokenDocuments() {
        for (String pem : new String[] {"", "-----BEGIN PRIVATE KEY-----\n!!!\n-----END PRIVATE KEY-----",
                "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----", Pems.read("public.pem")}) {
            assertThatThrownBy(() -> PemKeys.privateKey(pem))
                    .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ReceiptError.BAD_PEM));
        }
        assertThatThrownBy(() -> PemKeys.publicKey(Pems.read("pkcs8.pem"))).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> PemKeys.certificate(Pems.read("public.pem"))).isInstanceOf(RejectedException.class);
    }

    @Test
    void keepsKeyMaterialOutOfErrors() {
        String pem = Pems.read("pkcs8.pem").replace("-----BEGIN PRIVATE KEY-----\n", "-----BEGIN PRIVATE KEY-----\nAB");
        assertThatThrownBy(() -> PemKeys.privateKey(pem))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(pem.substring(30, 60)));
    }
}
