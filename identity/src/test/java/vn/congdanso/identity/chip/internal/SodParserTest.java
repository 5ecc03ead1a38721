package vn.congdanso.identity.chip.internal;

import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.chip.ChipError;
import vn.congdanso.identity.chip.testkit.ChipFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SodParserTest {

    private static final byte[] SOD = ChipFixtures.builder().build().sod();

    private static void assertRejected(byte[] data, ChipError code) {
        assertThatThrownBy(() -> SodParser.parse(data))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void readsTheLdsSecurityObjectAndTheDocumentSigner() {
        Sod sod = SodParser.parse(SOD);

        assertThat(sod.hashes()).containsOnlyKeys(1, 2, 13);
        assertThat(sod.hashAlgorithm()).isEqualTo(NISTObjectIdentifiers.id_sha256);
        assertThat(sod.ldsVersion()).isZero();
        assertThat(sod.signingTime()).contains(java.time.Instant.parse("2026-01-15T00:00:00Z"));
        assertThat(sod.documentSigner().getSubjectX500Principal().getName()).contains("Test DS");
    }

    @Test
    void rejectsAWrongOuterTag() {
        byte[] data = SOD.clone();
        data[0] = 0x30;

        assertRejected(data, ChipError.BAD_ASN1);
    }

    @Test
    void rejectsTrailingBytes() {
        assertRejected(java.util.Arrays.copyOf(SOD, SOD.length + 1), ChipError.BAD_ASN1);
    }

    @Test
    void rejectsAnInnerLengthClaimingGigabytesBeforeAllocating() {
        byte[] data = ChipFixtures.tlv(0x77, new byte[] {0x30, (byte) 0x84, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0});

        assertRejected(data, ChipError.BAD_SOD);
    }

    @Test
    void rejectsNestingTooDeepForTheStack() {
        byte[] nested = {0x05, 0x00};
        for (int i = 0; i < 12_000; i++) {
            nested = ChipFixtures.tlv(0x30, nested);
            if (nested.length > 60_000) {
                break;
            }
        }

        assertRejected(ChipFixtures.tlv(0x77, nested), ChipError.BAD_SOD);
    }

    @Test
    void rejectsAnOversizedSod() {
        assertRejected(new byte[SodParser.MAX_BYTES + 1], ChipError.TOO_LARGE);
    }

    @Test
    void rejectsContentThatIsNotSignedData() {
        assertRejected(ChipFixtures.tlv(0x77, new byte[] {0x30, 0x03, 0x02, 0x01, 0x01}), ChipError.BAD_SOD);
    }
}
