package vn.congdanso.qr.receipt.internal;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.receipt.ReceiptError;
import vn.congdanso.qr.receipt.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EcdsaTest {

    private static final byte[] DATA = "hồ sơ".getBytes(StandardCharsets.UTF_8);

    private static KeyPair keysFor(Ecdsa.Algorithm algorithm) {
        return TestKeys.generate(switch (algorithm) {
            case ES256 -> "secp256r1";
            case ES384 -> "secp384r1";
            case ES512 -> "secp521r1";
        });
    }

    @ParameterizedTest
    @EnumSource(Ecdsa.Algorithm.class)
    void rawSignaturesMatchTheJdkP1363Format(Ecdsa.Algorithm algorithm) throws Exception {
        KeyPair keys = keysFor(algorithm);
        for (int i = 0; i < 20; i++) {
            byte[] raw = Ecdsa.sign(algorithm, keys.getPrivate(), DATA);
            assertThat(raw).hasSize(2 * algorithm.scalarBytes());
            Signature p1363 = Signature.getInstance(algorithm.name().replace("ES", "SHA")
                    + "withECDSAinP1363Format");
            p1363.initVerify(keys.getPublic());
            p1363.update(DATA);
            assertThat(p1363.verify(raw)).isTrue();
            assertThat(Ecdsa.verify(algorithm, keys.getPublic(), DATA, raw)).isTrue();
        }
    }

    @Test
    void derConversionRoundTripsShortScalars() {
        byte[] raw = new byte[64];
        raw[31] = 1;
        raw[32] = (byte) 0x80;
        byte[] der = Ecdsa.rawToDer(raw);
        assertThat(der).startsWith(0x30, 0x26, 0x02, 0x01, 0x01, 0x02, 0x21, 0x00, 0x80);
        assertThat(Ecdsa.derToRaw(der, 32)).isEqualTo(raw);
    }

    @Test
    void rejectsSignatureOfWrongLength() {
        KeyPair keys = TestKeys.p256();
        byte[] raw = Ecdsa.sign(Ecdsa.Algorithm.ES256, keys.getPrivate(), DATA);
        assertThat(Ecdsa.verify(Ecdsa.Algorithm.ES256, keys.getPublic(), DATA, java.util.Arrays.copyOf(raw, 63))).isFalse();
    }

    @Test
    void rejectsAllZeroSignature() {
        assertThat(Ecdsa.verify(Ecdsa.Algorithm.ES256, TestKeys.p256().getPublic(), DATA, new byte[64])).isFalse();
    }

    @Test
    void rejectsKeyOnAnotherCurve() {
        KeyPair p384 = TestKeys.generate("secp384r1");
        assertThatThrownBy(() -> Ecdsa.sign(Ecdsa.Algorithm.ES256, p384.getPrivate(), DATA))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ReceiptError.BAD_KEY));
        assertThat(Ecdsa.verify(Ecdsa.Algorithm.ES256, p384.getPublic(), DATA, new byte[64])).isFalse();
    }

    @Test
    void rejectsMalformedDer() {
        assertThatThrownBy(() -> Ecdsa.derToRaw(new byte[] {0x30, 0x02, 0x02, 0x00}, 32))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
