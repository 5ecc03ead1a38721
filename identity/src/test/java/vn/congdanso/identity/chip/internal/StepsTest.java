package vn.congdanso.identity.chip.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import vn.congdanso.identity.chip.CscaTrustStore;
import vn.congdanso.identity.chip.StepStatus;
import vn.congdanso.identity.chip.testkit.ChipFixture;
import vn.congdanso.identity.chip.testkit.ChipFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** Each step of passive authentication on its own. */
class StepsTest {

    private static final ChipFixture GENUINE = ChipFixtures.builder().build();
    private static final Sod SOD = SodParser.parse(GENUINE.sod());

    @Test
    void signatureStepPassesAGenuineSodAndFailsAFlippedBit() {
        assertThat(SodSignatureStep.check(SOD).status()).isEqualTo(StepStatus.PASSED);
        assertThat(SodSignatureStep.check(SodParser.parse(GENUINE.sodWithFlippedSignatureBit())).status())
                .isEqualTo(StepStatus.FAILED);
    }

    @Test
    void messageDigestStepFailsATamperedLdsSecurityObject() {
        byte[] tampered = GENUINE.sod();
        byte[] hash = SOD.hashes().get(1);
        int at = indexOf(tampered, hash);
        tampered[at] ^= 0x01;
        Sod sod = SodParser.parse(tampered);

        assertThat(MessageDigestStep.check(SOD).status()).isEqualTo(StepStatus.PASSED);
        assertThat(MessageDigestStep.check(sod).status()).isEqualTo(StepStatus.FAILED);
        assertThat(SodSignatureStep.check(sod).status()).isEqualTo(StepStatus.PASSED);
    }

    @Test
    void hashStepNamesTheDataGroupsThatDoNotMatch() {
        TreeMap<Integer, byte[]> groups = new TreeMap<>();
        groups.put(1, GENUINE.dataGroup(1));
        groups.put(2, new byte[] {1});
        groups.put(3, new byte[] {1});

        DataGroupHashStep.Outcome outcome = DataGroupHashStep.check(SOD, groups);

        assertThat(outcome.mismatched()).containsExactly(2, 3);
        assertThat(outcome.result().detail()).isEqualTo("DG2 do not match their SHA-256 hashes; DG3 not listed in the SOD");
    }

    @Test
    void hashStepIsSkippedWithoutDataGroups() {
        assertThat(DataGroupHashStep.check(SOD, new TreeMap<>()).result().status()).isEqualTo(StepStatus.SKIPPED);
    }

    @Test
    void chainStepFindsTheTrustedCscaOrReportsItsAbsence() {
        ChainStep.Outcome trusted = ChainStep.check(SOD, GENUINE.trustStore(), ChipFixtures.NOW);
        ChainStep.Outcome untrusted = ChainStep.check(SOD, CscaTrustStore.empty(), ChipFixtures.NOW);

        assertThat(trusted.state()).isEqualTo(ChainStep.State.TRUSTED);
        assertThat(trusted.csca()).contains(GENUINE.csca());
        assertThat(untrusted.state()).isEqualTo(ChainStep.State.NO_TRUSTED_CSCA);
    }

    @Test
    void chainStepReportsCertificatesExpiredNow() {
        ChainStep.Outcome outcome = ChainStep.check(SOD, GENUINE.trustStore(), java.time.Instant.parse("2041-01-01T00:00:00Z"));

        assertThat(outcome.state()).isEqualTo(ChainStep.State.EXPIRED);
    }

    @Test
    void revocationStepIsSkippedWithoutCscaAndPassesAnUnlistedSigner() {
        CscaTrustStore store = GENUINE.trustStore();

        assertThat(RevocationStep.check(SOD.documentSigner(), Optional.empty(), store, ChipFixtures.NOW).status())
                .isEqualTo(StepStatus.SKIPPED);
        assertThat(RevocationStep.check(SOD.documentSigner(), Optional.of(GENUINE.csca()), store, ChipFixtures.NOW).status())
                .isEqualTo(StepStatus.PASSED);
        assertThat(RevocationStep.check(SOD.documentSigner(), Optional.of(GENUINE.csca()),
                CscaTrustStore.builder().certificate(GENUINE.csca()).build(), ChipFixtures.NOW).detail())
                .isEqualTo("no CRL of the CSCA given");
    }

    @Test
    void revocationStepFailsASignerOnTheCrl() {
        ChipFixture revoked = ChipFixtures.builder().revoked().build();
        Sod sod = SodParser.parse(revoked.sod());

        assertThat(RevocationStep.check(sod.documentSigner(), Optional.of(revoked.csca()), revoked.trustStore(),
                ChipFixtures.NOW).status()).isEqualTo(StepStatus.FAILED);
    }

    private static int indexOf(byte[] data, byte[] part) {
        for (int i = 0; i + part.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new IllegalStateException();
    }
}
