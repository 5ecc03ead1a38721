package vn.congdanso.identity.mrz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.testing.LogCapture;
import vn.congdanso.core.testing.SharedVectors;
import vn.congdanso.identity.card.CitizenId;
import vn.congdanso.identity.card.Sex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VietnameseIdMrzTest {

    static final String NGUYEN_VAN_A = "IDVNM0901234562001090123456<<3\n"
            + "9001011M3001019VNM<<<<<<<<<<<4\n"
            + "NGUYEN<<VAN<A<<<<<<<<<<<<<<<<<";

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    static Stream<JsonNode> vectors() {
        List<JsonNode> all = new ArrayList<>();
        SharedVectors.vectors("mrz").forEach(v -> {
            if (v.has("lines")) {
                all.add(v);
            }
        });
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void readsEverySharedVector(JsonNode vector) {
        List<String> lines = new ArrayList<>();
        vector.get("lines").forEach(line -> lines.add(line.asText()));
        JsonNode expect = vector.get("expect");
        JsonNode parsed = expect.get("parsed");

        VietnameseIdMrz mrz = VietnameseIdMrz.parse(lines);

        assertThat(mrz.valid()).isEqualTo(expect.get("valid").asBoolean());
        List<String> errors = new ArrayList<>();
        expect.get("errors").forEach(e -> errors.add(e.asText()));
        assertThat(mrz.errors()).extracting(MrzError::name).isEqualTo(errors);
        assertThat(mrz.mrz().documentCode()).isEqualTo(parsed.get("documentCode").asText());
        assertThat(mrz.mrz().issuingState()).isEqualTo(parsed.get("issuingState").asText());
        assertThat(mrz.documentNumber()).isEqualTo(parsed.get("documentNumber").asText());
        assertThat(mrz.citizenId()).map(CitizenId::digits).contains(parsed.get("idNumber").asText());
        assertThat(mrz.mrz().birthDateText()).isEqualTo(parsed.get("birthDate").asText());
        assertThat(mrz.birthDate()).map(LocalDate::toString).contains(parsed.get("birthDateIso").asText());
        assertThat(mrz.sex()).map(Sex::code).contains(parsed.get("sex").asText());
        assertThat(mrz.mrz().expiryDateText()).isEqualTo(parsed.get("expiryDate").asText());
        assertThat(mrz.noExpiry()).isEqualTo(parsed.get("noExpiry").asBoolean());
        assertThat(mrz.expiryDate().map(LocalDate::toString).orElse(null)).isEqualTo(parsed.get("expiryDateIso").textValue());
        assertThat(mrz.mrz().nationality()).isEqualTo(parsed.get("nationality").asText());
        assertThat(mrz.surname()).isEqualTo(parsed.get("surname").asText());
        assertThat(mrz.givenNames()).isEqualTo(parsed.get("givenNames").asText());
        assertThat(mrz.checks()).hasSize(5).doesNotContainValue(false);
    }

    @ParameterizedTest
    @CsvSource({"0,14,BAD_DOCUMENT_NUMBER_CHECK", "0,29,BAD_ID_NUMBER_CHECK", "1,6,BAD_BIRTH_DATE_CHECK",
        "1,14,BAD_EXPIRY_CHECK", "1,29,BAD_COMPOSITE_CHECK"})
    void catchesEachCorruptedCheckDigit(int line, int column, MrzError expected) {
        VietnameseIdMrz mrz = VietnameseIdMrz.parse(MrzTest.corrupt(NGUYEN_VAN_A, line, column));

        assertThat(mrz.valid()).isFalse();
        assertThat(mrz.errors()).contains(expected);
    }

    @Test
    void reportsOnlyTheCompositeWhenOnlyTheCompositeIsWrong() {
        assertThat(VietnameseIdMrz.parse(MrzTest.corrupt(NGUYEN_VAN_A, 1, 29)).errors())
                .containsExactly(MrzError.BAD_COMPOSITE_CHECK);
    }

    @Test
    void reportsADocumentNumberThatIsNotTheTailOfTheIdNumber() {
        String text = MrzFormatter.vietnameseTd1("001090123456", "900101", 'M', "300101", "NGUYEN", "VAN A")
                .replace("IDVNM090123456", "IDVNM090123457");
        String fixed = text.substring(0, 14) + CheckDigit.charOf("090123457") + text.substring(15);

        VietnameseIdMrz mrz = VietnameseIdMrz.parse(fixed);

        assertThat(mrz.errors()).contains(MrzError.ID_MISMATCH).doesNotContain(MrzError.BAD_DOCUMENT_NUMBER_CHECK);
    }

    @Test
    void reportsAnotherDocumentCode() {
        String text = MrzFormatter.vietnameseTd1("001090123456", "900101", 'M', "300101", "NGUYEN", "VAN A")
                .replaceFirst("IDVNM", "I<VNM");

        assertThat(VietnameseIdMrz.parse(text).errors()).contains(MrzError.BAD_DOCUMENT_CODE);
    }

    @Test
    void readsACardWithoutExpiry() {
        VietnameseIdMrz mrz = VietnameseIdMrz.parse(
                MrzFormatter.vietnameseTd1("025055000123", "550720", 'M', "991231", "LE", "VAN C"));

        assertThat(mrz.valid()).isTrue();
        assertThat(mrz.noExpiry()).isTrue();
        assertThat(mrz.expiryDate()).isEmpty();
        assertThat(mrz.birthDate()).contains(LocalDate.of(1955, 7, 20));
    }

    @Test
    void takesTheBirthCenturyFromTheIdNumber() {
        VietnameseIdMrz mrz = VietnameseIdMrz.parse(
                MrzFormatter.vietnameseTd1("079305000001", "050315", 'F', "300315", "TRAN", "THI B"));

        assertThat(mrz.birthDate()).contains(LocalDate.of(2005, 3, 15));
    }

    @Test
    void reportsTheTwentyNinthOfFebruaryInACommonYear() {
        VietnameseIdMrz mrz = VietnameseIdMrz.parse(
                MrzFormatter.vietnameseTd1("001001000001", "010229", 'M', "300101", "NGUYEN", "VAN A"));

        assertThat(mrz.errors()).containsExactly(MrzError.BAD_DATE);
        assertThat(mrz.birthDate()).isEmpty();
    }

    @Test
    void correctsOcrConfusionsInTheIdNumber() {
        String misread = NGUYEN_VAN_A.replace("IDVNM0901234562001090123456", "IDVNMO9O1234562OO1O9O1Z3456");

        VietnameseIdMrz mrz = VietnameseIdMrz.parse(misread);

        assertThat(mrz.valid()).isTrue();
        assertThat(mrz.citizenId()).map(CitizenId::digits).contains("001090123456");
        assertThat(mrz.corrections()).extracting(OcrCorrection::field).contains("documentNumber", "idNumber");
        assertThat(Mrz.parse(misread).errors()).contains(MrzError.BAD_COMPOSITE_CHECK);
    }

    @Test
    void reportsAnIdNumberFieldThatIsNotDigits() {
        String text = NGUYEN_VAN_A.replace("001090123456<<3", "00109012345A<<3");

        VietnameseIdMrz mrz = VietnameseIdMrz.parse(text);

        assertThat(mrz.citizenId()).isEmpty();
        assertThat(mrz.errors()).contains(MrzError.BAD_ID_NUMBER, MrzError.ID_MISMATCH);
        assertThat(mrz.birthDate()).isEmpty();
    }

    @Test
    void rejectsAPassportMrz() {
        assertThatThrownBy(() -> VietnameseIdMrz.parse(MrzTest.TD3))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(MrzError.BAD_LINE_COUNT));
    }

    @Test
    void showsAndLogsOnlyTheMaskedIdNumber() {
        VietnameseIdMrz mrz = VietnameseIdMrz.parse(MrzTest.corrupt(NGUYEN_VAN_A, 1, 29));

        assertThat(mrz.toString()).contains("********3456").doesNotContain("001090123456", "NGUYEN");
        assertThat(logs.text()).contains("********3456").doesNotContain("001090123456", "090123456", "NGUYEN", "900101");
    }
}
