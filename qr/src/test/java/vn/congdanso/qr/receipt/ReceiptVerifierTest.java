package vn.congdanso.qr.receipt;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.testing.LogCapture;
import vn.congdanso.qr.receipt.internal.Base45;
import vn.congdanso.qr.receipt.internal.Cbor;
import vn.congdanso.qr.receipt.internal.CoseSign1;
import vn.congdanso.qr.receipt.internal.Ecdsa;
import vn.congdanso.qr.receipt.internal.Zlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.congdanso.qr.receipt.Receipts.CLOCK;
import static vn.congdanso.qr.receipt.Receipts.KEYS;
import static vn.congdanso.qr.receipt.Receipts.KID;

class ReceiptVerifierTest {

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private final ReceiptVerifier verifier = Receipts.verifier(CLOCK);

    private static void assertRejected(ReceiptVerifier verifier, String payload, ReceiptError code) {
        assertThatThrownBy(() -> verifier.verify(payload))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private static String wrap(byte[] cose) {
        return ReceiptSigner.PREFIX + Base45.encode(Zlib.deflate(cose));
    }

    @Test
    void verifiesWhatTheDeskSigned() {
        VerifiedReceipt receipt = verifier.verify(Receipts.signedTypical());
        assertThat(receipt.dossier()).hasToString("H15.50.05.13-261008-0975");
        assertThat(receipt.procedure()).hasToString("1.001193.000.00.15.H41");
        assertThat(receipt.agency()).hasToString("000.00.15.H41");
        assertThat(receipt.issuer()).isEqualTo("UBND xã Đoan Hùng");
        assertThat(receipt.receivedAt()).isEqualTo(Receipts.NOW);
        assertThat(receipt.dueAt()).isEqualTo(Receipts.NOW.plus(Duration.ofDays(3)));
        assertThat(receipt.expiresAt()).isEqualTo(Receipts.NOW.plus(Duration.ofDays(90)));
        assertThat(receipt.kid()).isEqualTo(KID);
    }

    @Test
    void typicalReceiptFitsQrVersion13AtLevelQ() throws Exception {
        String payload = Receipts.signer().sign(new vn.congdanso.qr.receipt.Receipt(
                vn.congdanso.qr.procedure.DossierCode.parse("G09.20-20260609-0092637"),
                vn.congdanso.qr.procedure.ProcedureCode.parse("1.001612.000.00.00.H01"),
                vn.congdanso.qr.procedure.AgencyCode.parse("000.00.00.H01"), Receipts.NOW,
                Receipts.NOW.plus(Duration.ofDays(15))), Receipts.ID_NUMBER);
        int version = Encoder.encode(payload, ErrorCorrectionLevel.Q).getVersion().getVersionNumber();
        assertThat(version).isLessThanOrEqualTo(13);
        assertThat(Encoder.encode(Receipts.signedTypical(), ErrorCorrectionLevel.Q).getVersion().getVersionNumber())
                .isLessThanOrEqualTo(13);
    }

    @Test
    void rejectsEverySingleCharacterChange() {
        String payload = Receipts.signedTypical();
        for (int i = 0; i < payload.length(); i++) {
            char original = payload.charAt(i);
            char replacement = original == '0' ? '1' : '0';
            String tampered = payload.substring(0, i) + replacement + payload.substring(i + 1);
            assertThatThrownBy(() -> verifier.verify(tampered)).as("position " + i).isInstanceOf(RejectedException.class);
        }
    }

    @Test
    void rejectsEverySingleByteFlipOfTheSignedMessage() {
        String payload = Receipts.signedTypical();
        byte[] cose = Zlib.inflate(Base45.decode(payload.substring(5)), 4096);
        for (int i = 0; i < cose.length; i++) {
            for (int bit = 0; bit < 8; bit += 7) {
                byte[] tampered = cose.clone();
                tampered[i] ^= (byte) (1 << bit);
                String reencoded = wrap(tampered);
                assertThatThrownBy(() -> verifier.verify(reencoded)).as("byte " + i).isInstanceOf(RejectedException.class);
            }
        }
    }

    @Test
    void rejectsExpiredReceipt() {
        Clock later = Clock.fixed(Receipts.NOW.plus(Duration.ofDays(91)), ZoneOffset.UTC);
        assertRejected(Receipts.verifier(later), Receipts.signedTypical(), ReceiptError.EXPIRED);
    }

    @Test
    void acceptsReceiptAtItsExpiryInstant() {
        Clock atExpiry = Clock.fixed(Receipts.NOW.plus(Duration.ofDays(90)), ZoneOffset.UTC);
        assertThat(Receipts.verifier(atExpiry).verify(Receipts.signedTypical()).kid()).isEqualTo(KID);
    }

    @Test
    void rejectsUnknownKid() {
        ReceiptVerifier other = ReceiptVerifier.builder().keys(TrustList.builder().key("other", KEYS.getPublic()).build())
                .clock(CLOCK).build();
        assertRejected(other, Receipts.signedTypical(), ReceiptError.UNKNOWN_KEY);
    }

    @Test
    void rejectsSignatureByAnotherKeyUnderTheSameKid() {
        ReceiptVerifier other = ReceiptVerifier.builder()
                .keys(TrustList.builder().key(KID, TestKeys.p256().getPublic()).build()).clock(CLOCK).build();
        assertRejected(other, Receipts.signedTypical(), ReceiptError.BAD_SIGNATURE);
    }

    @Test
    void acceptsAnyOfSeveralKeysDuringRotation() {
        ReceiptVerifier rotating = ReceiptVerifier.builder()
                .keys(TrustList.builder().key(KID, TestKeys.p256().getPublic()).key(KID, KEYS.getPublic()).build())
                .clock(CLOCK).build();
        assertThat(rotating.verify(Receipts.signedTypical()).dossier()).hasToString("H15.50.05.13-261008-0975");
    }

    @Test
    void namesEachFailingStep() {
        String payload = Receipts.signedTypical();
        assertRejected(verifier, "VNR2:" + payload.substring(5), ReceiptError.BAD_PREFIX);
        assertRejected(verifier, payload + "a", ReceiptError.BAD_BASE45);
        assertRejected(verifier, ReceiptSigner.PREFIX + Base45.encode("not zlib".getBytes(StandardCharsets.US_ASCII)),
                ReceiptError.BAD_COMPRESSION);
        assertRejected(verifier, ReceiptSigner.PREFIX + Base45.encode(Zlib.deflate(new byte[100_000])), ReceiptError.PAYLOAD_TOO_LARGE);
        assertRejected(verifier, wrap(new byte[] {(byte) 0x84, 0x40}), ReceiptError.BAD_COSE);
    }

    @Test
    void reportsBase45OffsetWithinThePayload() {
        assertThatThrownBy(() -> verifier.verify("VNR1:AB~"))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.offset()).hasValue(7));
    }

    @Test
    void rejectsOtherAlgorithms() {
        KeyPair p384 = TestKeys.generate("secp384r1");
        byte[] cose = CoseSign1.sign(Ecdsa.Algorithm.ES384, KID.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xA0},
                p384.getPrivate(), null);
        assertRejected(verifier, wrap(cose), ReceiptError.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void rejectsSignedContentThatIsNotReceiptClaims() {
        byte[] cose = CoseSign1.sign(Ecdsa.Algorithm.ES256, KID.getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xA1, 0x01, 0x61, 0x78}, KEYS.getPrivate(), null);
        assertRejected(verifier, wrap(cose), ReceiptError.BAD_CLAIMS);
    }

    @Test
    void rejectsReceiptWithoutKid() {
        byte[] cose = java.util.HexFormat.of().parseHex("D28443A10126A0" + "41A0" + "5840" + "00".repeat(64));
        assertRejected(verifier, wrap(cose), ReceiptError.UNKNOWN_KEY);
    }

    @Test
    void keepsIdNumberOutOfLogsAndErrors() {
        String payload = Receipts.signedTypical();
        assertThat(payload).doesNotContain(Receipts.ID_NUMBER);
        Clock later = Clock.fixed(Receipts.NOW.plus(Duration.ofDays(365)), ZoneOffset.UTC);
        assertThatThrownBy(() -> Receipts.verifier(later).verify(payload))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(Receipts.ID_NUMBER));
        assertThat(logs.text()).doesNotContain(Receipts.ID_NUMBER);
    }

    @Test
    void requiresKeySource() {
        assertThatThrownBy(() -> ReceiptVerifier.builder().build()).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> ReceiptVerifier.builder().maxInflatedBytes(10)).isInstanceOf(RejectedException.class);
    }

    /** A receipt whose claims the trusted key signed, but with an issuer and a salt of the test's choosing. */
    private static String signedClaims(String issuer, int saltBytes) {
        byte[] claims = Cbor.write(g -> {
            g.writeStartObject(null, 8);
            g.writeFieldId(1);
            g.writeString(issuer);
            g.writeFieldId(4);
            g.writeNumber(Receipts.NOW.plus(Duration.ofDays(90)).getEpochSecond());
            g.writeFieldId(-1);
            g.writeString("H15.50.05.13-261008-0975");
            g.writeFieldId(-2);
            g.writeString("1.001193.000.00.15.H41");
            g.writeFieldId(-4);
            g.writeNumber(Receipts.NOW.getEpochSecond());
            g.writeFieldId(-5);
            g.writeNumber(Receipts.NOW.plus(Duration.ofDays(3)).getEpochSecond());
            g.writeFieldId(-6);
            g.writeBinary(new byte[saltBytes]);
            g.writeFieldId(-7);
            g.writeBinary(new byte[16]);
            g.writeEndObject();
        });
        return wrap(CoseSign1.sign(Ecdsa.Algorithm.ES256, KID.getBytes(StandardCharsets.UTF_8), claims, KEYS.getPrivate(), null));
    }

    @Test
    void acceptsSignedClaimsThatFollowTheFormat() {
        assertThat(verifier.verify(signedClaims("UBND xã Đoan Hùng", 8)).issuer()).isEqualTo("UBND xã Đoan Hùng");
    }

    @Test
    void rejectsASignedIssuerThatIsNotInNfc() {
        String nfd = java.text.Normalizer.normalize("UBND xã Đoan Hùng", java.text.Normalizer.Form.NFD);

        assertRejected(verifier, signedClaims(nfd, 8), ReceiptError.BAD_CLAIMS);
    }

    @Test
    void rejectsASignedFourByteSalt() {
        assertRejected(verifier, signedClaims("UBND xã Đoan Hùng", 4), ReceiptError.BAD_CLAIMS);
    }
}
