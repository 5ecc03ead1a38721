package vn.congdanso.identity.consistency;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.card.CitizenCardQr;
import vn.congdanso.identity.card.CitizenId;
import vn.congdanso.identity.card.Sex;
import vn.congdanso.identity.mrz.VietnameseIdMrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityConsistencyTest {

    private static final String QR =
            "001090123456|123456789|NGUYỄN VĂN A|01011990|Nam|Số 1, Đường A, Hà Nội|01072021";
    private static final String MRZ = "IDVNM0901234562001090123456<<3\n"
            + "9001011M3001019VNM<<<<<<<<<<<4\n"
            + "NGUYEN<<VAN<A<<<<<<<<<<<<<<<<<";

    @Test
    void findsTheCardQrAndMrzOfOneCardConsistent() {
        ConsistencyResult result = IdentityConsistency.check(
                PersonRecord.of(CitizenCardQr.parse(QR)), PersonRecord.of(VietnameseIdMrz.parse(MRZ)));

        assertThat(result).isInstanceOf(ConsistencyResult.Consistent.class);
        assertThat(result.disagreements()).isEmpty();
    }

    @Test
    void listsEveryDisagreement() {
        String other = "001090123457|123456789|NGUYỄN VĂN B|02011990|Nữ|Số 1, Đường A, Hà Nội|01072021";

        ConsistencyResult result = IdentityConsistency.check(
                PersonRecord.of(CitizenCardQr.parse(other)), PersonRecord.of(VietnameseIdMrz.parse(MRZ)));

        assertThat(result).isInstanceOf(ConsistencyResult.Inconsistent.class);
        assertThat(result.disagreements()).extracting(Disagreement::field).containsExactly(
                Disagreement.Field.ID_NUMBER, Disagreement.Field.BIRTH_DATE, Disagreement.Field.SEX,
                Disagreement.Field.NAME);
        assertThat(result.disagreements().get(0)).isEqualTo(
                new Disagreement(Disagreement.Field.ID_NUMBER, "cardQr", "mrz"));
    }

    @Test
    void comparesEveryPairAndSkipsAbsentFields() {
        PersonRecord qr = PersonRecord.of(CitizenCardQr.parse(QR));
        PersonRecord mrz = PersonRecord.of(VietnameseIdMrz.parse(MRZ));
        PersonRecord dg13 = new PersonRecord("dg13", Optional.of(CitizenId.parse("001090123456")), Optional.empty(),
                Optional.of(Sex.FEMALE), Optional.of("Nguyễn Văn A"), false);

        ConsistencyResult result = IdentityConsistency.check(List.of(qr, mrz, dg13));

        assertThat(result.disagreements()).containsExactly(
                new Disagreement(Disagreement.Field.SEX, "cardQr", "dg13"),
                new Disagreement(Disagreement.Field.SEX, "mrz", "dg13"));
    }

    @Test
    void acceptsATruncatedMrzNameAsAPrefix() {
        PersonRecord full = new PersonRecord("cardQr", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("Tôn Nữ Thị Hoàng Phương Thảo Quỳnh Như"), false);
        PersonRecord truncated = new PersonRecord("mrz", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("TON NU THI HOANG PHUONG THAO QU"), true);

        assertThat(IdentityConsistency.check(full, truncated)).isInstanceOf(ConsistencyResult.Consistent.class);
        assertThat(IdentityConsistency.check(full, new PersonRecord("mrz", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("TON NU THI HOANG PHUONG THAO QU"), false)).disagreements()).hasSize(1);
    }

    @Test
    void foldsNamesToUpperCaseAsciiWords() {
        assertThat(IdentityConsistency.foldName("  Đặng  thị-Ánh ")).isEqualTo("DANG THI ANH");
    }

    @Test
    void rejectsFewerThanTwoRecords() {
        assertThatThrownBy(() -> IdentityConsistency.check(List.of(PersonRecord.of(CitizenCardQr.parse(QR)))))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(CoreError.BAD_ARGUMENT));
    }

    @Test
    void showsNoPersonalDataInToString() {
        PersonRecord qr = PersonRecord.of(CitizenCardQr.parse(QR));
        ConsistencyResult result = IdentityConsistency.check(qr, new PersonRecord("dg1", Optional.empty(),
                Optional.of(LocalDate.of(1991, 1, 1)), Optional.empty(), Optional.empty(), false));

        assertThat(qr + " " + result).contains("********3456").doesNotContain("001090123456", "NGUY", "1990", "1991");
    }
}
