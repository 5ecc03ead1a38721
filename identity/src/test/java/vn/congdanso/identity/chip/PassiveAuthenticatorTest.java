package vn.congdanso.identity.chip;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.card.Sex;
import vn.congdanso.identity.chip.testkit.ChipFixture;
import vn.congdanso.identity.chip.testkit.ChipFixtures;
import vn.congdanso.identity.chip.testkit.TestPki.KeyType;
import vn.congdanso.identity.consistency.ConsistencyResult;
import vn.congdanso.identity.consistency.IdentityConsistency;
import vn.congdanso.identity.consistency.PersonRecord;
import vn.congdanso.identity.mrz.VietnameseIdMrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PassiveAuthenticatorTest {

    private static final ChipFixture GENUINE = ChipFixtures.builder().build();

    private static ChipVerification verify(ChipFixture fixture) {
        return verify(fixture, fixture.files());
    }

    private static ChipVerification verify(ChipFixture fixture, ChipFiles files) {
        return authenticator(fixture.trustStore()).verify(files);
    }

    private static PassiveAuthenticator authenticator(CscaTrustStore store) {
        return PassiveAuthenticator.builder().trustStore(store).clock(ChipFixtures.CLOCK).build();
    }

    @Test
    void acceptsGenuineRsaSha256Data() {
        ChipVerification result = verify(GENUINE);

        assertThat(result.verdict()).as(result.steps().toString()).isEqualTo(ChipVerdict.VALID);
        assertThat(result.steps()).extracting(StepResult::status).containsExactly(StepStatus.PASSED, StepStatus.PASSED,
                StepStatus.PASSED, StepStatus.PASSED, StepStatus.PASSED, StepStatus.PASSED, StepStatus.PASSED);
        assertThat(result.verified()).get().extracting(VerifiedChip::trusted).isEqualTo(true);
    }

    @Test
    void acceptsGenuineEcdsaSha512Data() {
        ChipVerification result = verify(ChipFixtures.builder().keys(KeyType.EC).digest("SHA512").build());

        assertThat(result.verdict()).isEqualTo(ChipVerdict.VALID);
        assertThat(result.step(ChipStep.SOD_SIGNATURE).detail()).contains("SHA512WITHECDSA");
        assertThat(result.step(ChipStep.DATA_GROUP_HASHES).detail()).contains("SHA-512");
    }

    @Test
    void acceptsGenuineEcdsaDataOnABrainpoolCurve() {
        ChipFixture brainpool = ChipFixtures.builder().keys(KeyType.EC_BRAINPOOL).build();

        ChipVerification result = verify(brainpool);

        assertThat(result.verdict()).as(result.steps().toString()).isEqualTo(ChipVerdict.VALID);
        assertThat(verify(brainpool, brainpool.files(brainpool.sodWithFlippedSignatureBit())).verdict())
                .isEqualTo(ChipVerdict.BAD_SIGNATURE);
    }

    @Test
    void acceptsGenuineRsaPssSha256Data() {
        ChipVerification result = verify(ChipFixtures.builder().keys(KeyType.RSA_PSS).build());

        assertThat(result.verdict()).isEqualTo(ChipVerdict.VALID);
        assertThat(result.step(ChipStep.SOD_SIGNATURE).detail()).contains("SHA256WITHRSAANDMGF1");
    }

    @Test
    void acceptsGenuineEcdsaSha256AndRsaSha512Data() {
        assertThat(verify(ChipFixtures.builder().keys(KeyType.EC).build()).verdict()).isEqualTo(ChipVerdict.VALID);
        assertThat(verify(ChipFixtures.builder().digest("SHA512").build()).verdict()).isEqualTo(ChipVerdict.VALID);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 13})
    void reportsHashMismatchNamingTheDataGroupWithOneByteChanged(int number) {
        byte[] tampered = GENUINE.dataGroup(number);
        tampered[tampered.length - 2] ^= 0x20;
        ChipFiles files = ChipFiles.builder().sod(GENUINE.sod()).dg1(GENUINE.dataGroup(1)).dg2(GENUINE.dataGroup(2))
                .dg13(GENUINE.dataGroup(13)).dataGroup(number, tampered).build();

        ChipVerification result = verify(GENUINE, files);

        assertThat(result.verdict()).isEqualTo(ChipVerdict.HASH_MISMATCH);
        assertThat(result.mismatchedDataGroups()).containsExactly(number);
        assertThat(result.step(ChipStep.DATA_GROUP_HASHES).detail()).contains("DG" + number);
        assertThat(result.verified()).isEmpty();
    }

    @Test
    void reportsHashMismatchForADataGroupMissingFromTheSod() {
        ChipVerification result = verify(ChipFixtures.builder().omitFromSod(13).build());

        assertThat(result.verdict()).isEqualTo(ChipVerdict.HASH_MISMATCH);
        assertThat(result.mismatchedDataGroups()).containsExactly(13);
        assertThat(result.step(ChipStep.DATA_GROUP_HASHES).detail()).contains("DG13 not listed in the SOD");
    }

    @Test
    void reportsUntrustedChainForADocumentSignerUnderAnUnknownCsca() {
        ChipVerification result = verify(ChipFixtures.builder().unknownCsca().build());

        assertThat(result.verdict()).isEqualTo(ChipVerdict.VALID_UNTRUSTED_CHAIN);
        assertThat(result.step(ChipStep.CHAIN).status()).isEqualTo(StepStatus.FAILED);
        assertThat(result.step(ChipStep.REVOCATION).status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(result.verified()).get().satisfies(chip -> {
            assertThat(chip.trusted()).isFalse();
            assertThat(chip.csca()).isEmpty();
            assertThat(chip.dg13()).isPresent();
        });
    }

    @Test
    void reportsUntrustedChainWithoutATrustStore() {
        ChipVerification result = PassiveAuthenticator.builder().clock(ChipFixtures.CLOCK).build().verify(GENUINE.files());

        assertThat(result.verdict()).isEqualTo(ChipVerdict.VALID_UNTRUSTED_CHAIN);
    }

    @Test
    void rejectsADocumentSignerForgedInTheNameOfATrustedCsca() {
        ChipVerification result = verify(ChipFixtures.builder().impostorSigner().build());

        assertThat(result.verdict()).isEqualTo(ChipVerdict.BAD_SIGNATURE);
        assertThat(result.step(ChipStep.CHAIN).detail()).contains("does not verify");
        assertThat(result.verified()).isEmpty();
    }

    @Test
    void reportsAnExpiredDocumentSigner() {
        ChipFixture expired = ChipFixtures.builder().documentSignerValidity(Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2020-06-01T00:00:00Z")).build();

        ChipVerification result = verify(expired);

        assertThat(result.verdict()).isEqualTo(ChipVerdict.CERT_EXPIRED);
        assertThat(result.step(ChipStep.CHAIN).detail()).contains("not valid now");
    }

    @Test
    void reportsADocumentSignerNotValidAtSigningTime() {
        ChipFixture early = ChipFixtures.builder().documentSignerValidity(Instant.parse("2026-02-01T00:00:00Z"),
                Instant.parse("2036-01-01T00:00:00Z"), Instant.parse("2026-01-15T00:00:00Z")).build();

        ChipVerification result = verify(early);

        assertThat(result.verdict()).isEqualTo(ChipVerdict.CERT_EXPIRED);
        assertThat(result.step(ChipStep.CHAIN).detail()).contains("at signing time");
    }

    @Test
    void reportsARevokedDocumentSigner() {
        ChipVerification result = verify(ChipFixtures.builder().revoked().build());

        assertThat(result.verdict()).isEqualTo(ChipVerdict.CERT_REVOKED);
        assertThat(result.step(ChipStep.REVOCATION).detail()).contains("revoked on");
        assertThat(result.verified()).isEmpty();
    }

    @Test
    void rejectsAFlippedSignatureBit() {
        ChipVerification result = verify(GENUINE, GENUINE.files(GENUINE.sodWithFlippedSignatureBit()));

        assertThat(result.verdict()).isEqualTo(ChipVerdict.BAD_SIGNATURE);
        assertThat(result.step(ChipStep.SOD_SIGNATURE).status()).isEqualTo(StepStatus.FAILED);
        assertThat(result.step(ChipStep.MESSAGE_DIGEST).status()).isEqualTo(StepStatus.PASSED);
    }

    @Test
    void reportsTruncatedSodAsMalformed() {
        byte[] sod = GENUINE.sod();
        byte[] truncated = java.util.Arrays.copyOf(sod, sod.length - 1);

        ChipVerification result = verify(GENUINE, GENUINE.files(truncated));

        assertThat(result.verdict()).isEqualTo(ChipVerdict.MALFORMED);
        assertThat(result.step(ChipStep.PARSE_SOD).detail()).startsWith("chip.BAD_ASN1");
        assertThat(result.documentSigner()).isEmpty();
    }

    @Test
    void reportsALengthClaimingGigabytesAsMalformed() {
        byte[] sod = {0x77, (byte) 0x84, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x30, 0x00};

        ChipVerification result = verify(GENUINE, GENUINE.files(sod));

        assertThat(result.verdict()).isEqualTo(ChipVerdict.MALFORMED);
        assertThat(result.step(ChipStep.PARSE_SOD).detail()).contains("runs past");
    }

    @Test
    void reportsADataGroupThatHashesRightButDoesNotParseAsMalformed() {
        byte[] notAnMrz = ChipFixtures.dg1("TOO SHORT");
        ChipVerification result = verify(ChipFixtures.builder().dataGroup(1, notAnMrz).build());

        assertThat(result.verdict()).isEqualTo(ChipVerdict.MALFORMED);
        assertThat(result.step(ChipStep.PARSE_DATA_GROUPS).detail()).startsWith("chip.BAD_DG1");
        assertThat(result.verified()).isEmpty();
    }

    @Test
    void exposesTheVerifiedDataGroups() {
        VerifiedChip chip = verify(GENUINE).verified().orElseThrow();

        ChipPersonalData person = chip.dg13().orElseThrow();
        assertThat(person.citizenId()).get().extracting(id -> id.digits()).isEqualTo(ChipFixtures.ID_NUMBER);
        assertThat(person.fullName()).contains("Nguyễn Văn A");
        assertThat(person.birthDate()).contains(LocalDate.of(1990, 1, 1));
        assertThat(person.sex()).contains(Sex.MALE);
        assertThat(person.nationality()).contains("Việt Nam");
        assertThat(person.issueDate()).contains(LocalDate.of(2021, 7, 1));
        assertThat(person.expiryDate()).contains(LocalDate.of(2030, 1, 1));
        assertThat(person.fatherName()).contains("Nguyễn Văn B");
        assertThat(person.motherName()).contains("Trần Thị C");
        assertThat(person.oldIdNumber()).contains("123456789");
        assertThat(person.entries()).containsEntry(20, List.of("giá trị thử"));
        assertThat(chip.dg1VietnameseId()).get().extracting(VietnameseIdMrz::valid).isEqualTo(true);
        assertThat(chip.dg2()).get().satisfies(face -> {
            assertThat(face.format()).isEqualTo(FaceImage.Format.JPEG);
            assertThat(face.metadata().width()).isEqualTo(240);
            assertThat(face.metadata().height()).isEqualTo(320);
            assertThat(face.image()).startsWith(0xFF, 0xD8);
        });
    }

    @Test
    void keepsPersonalDataOutOfToString() {
        ChipVerification result = verify(GENUINE);
        VerifiedChip chip = result.verified().orElseThrow();

        String all = result + " " + chip + " " + chip.dg13().orElseThrow() + " " + chip.dg2().orElseThrow()
                + " " + chip.toPersonRecord() + " " + GENUINE.files();

        assertThat(all).doesNotContain(ChipFixtures.ID_NUMBER, "Nguyễn", "NGUYEN", "1990").contains("3456");
    }

    @Test
    void findsTheChipConsistentWithTheMrzOfTheSameCard() {
        VerifiedChip chip = verify(GENUINE).verified().orElseThrow();
        VietnameseIdMrz printed = VietnameseIdMrz.parse(ChipFixtures.MRZ.substring(0, 30) + "\n"
                + ChipFixtures.MRZ.substring(30, 60) + "\n" + ChipFixtures.MRZ.substring(60));

        ConsistencyResult result = IdentityConsistency.check(chip.toPersonRecord(), PersonRecord.of(printed));

        assertThat(chip.toPersonRecord().source()).isEqualTo("dg13");
        assertThat(result).isInstanceOf(ConsistencyResult.Consistent.class);
    }

    @Test
    void trustsACscaFromAMasterList() {
        CscaTrustStore store = CscaTrustStore.builder().masterList(GENUINE.masterList()).build();

        assertThat(authenticator(store).verify(GENUINE.files()).verdict()).isEqualTo(ChipVerdict.VALID);
    }

    @Test
    void readsTheCscaCrlAndMasterListFilesOfAFolder(@TempDir Path folder) throws Exception {
        ChipFixture revoked = ChipFixtures.builder().revoked().build();
        revoked.writeTo(folder);
        CscaTrustStore store = CscaTrustStore.builder().path(folder.resolve("csca.pem")).crl(folder.resolve("crl.pem")).build();
        CscaTrustStore fromFolder = CscaTrustStore.builder().path(folder).build();

        assertThat(authenticator(store).verify(revoked.files()).verdict()).isEqualTo(ChipVerdict.CERT_REVOKED);
        assertThat(fromFolder.cscas()).hasSize(2);
        assertThat(fromFolder.crls()).hasSize(1);
        assertThat(authenticator(fromFolder).verify(revoked.files()).verdict()).isEqualTo(ChipVerdict.CERT_REVOKED);
    }

    @Test
    void refusesACrlNotSignedByATrustedCsca() {
        ChipFixture other = ChipFixtures.builder().keys(KeyType.EC).build();
        byte[] crl = encoded(other.crl());

        assertThatThrownBy(() -> CscaTrustStore.builder().certificate(GENUINE.csca()).crl(crl).build())
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ChipError.BAD_CRL));
    }

    @Test
    void refusesAMasterListWithATamperedCertificateList() {
        byte[] list = GENUINE.masterList();
        list[list.length / 3] ^= 0x01;

        assertThatThrownBy(() -> CscaTrustStore.builder().masterList(list).build())
                .isInstanceOf(RejectedException.class);
    }

    @Test
    void refusesOversizedFilesBeforeParsing() {
        assertThatThrownBy(() -> ChipFiles.builder().sod(new byte[ChipFiles.MAX_FILE_BYTES + 1]))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ChipError.TOO_LARGE));
        assertThatThrownBy(() -> ChipFiles.builder().dg2(new byte[ChipFiles.MAX_DG2_BYTES + 1]))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ChipError.TOO_LARGE));
        assertThatThrownBy(() -> ChipFiles.builder().dataGroup(17, new byte[1]))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code().id()).isEqualTo("chip.BAD_DATA_GROUP_NUMBER"));
    }

    private static byte[] encoded(java.security.cert.X509CRL crl) {
        try {
            return crl.getEncoded();
        } catch (java.security.cert.CRLException e) {
            throw new IllegalStateException(e);
        }
    }
}
