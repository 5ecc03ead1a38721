package vn.congdanso.identity.card;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.testing.LogCapture;
import vn.congdanso.core.testing.SharedVectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CitizenCardQrTest {

    private static final String NGUYEN_VAN_A =
            "001090123456|123456789|NGUYEN VAN A|01011990|Nam|So 1, Duong A, Phuong B, Quan C, Ha Noi|01072021";
    private static final String DIACRITICS =
            "025190012345||Nguyễn Thị Ánh|05061990|Nữ|Số 3, Thôn Đồng, Xã Ê, Phú Thọ|15042021";

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    static Stream<JsonNode> vectors() {
        List<JsonNode> all = new ArrayList<>();
        SharedVectors.vectors("cccd_qr").forEach(all::add);
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void decodesEverySharedVector(JsonNode vector) {
        JsonNode expect = vector.get("expect");
        List<String> payloads = new ArrayList<>(List.of(vector.get("payload").asText()));
        if (vector.has("payloadNfd")) {
            payloads.add(vector.get("payloadNfd").asText());
        }
        for (String payload : payloads) {
            if (!expect.get("valid").asBoolean()) {
                assertThatThrownBy(() -> CitizenCardQr.parse(payload))
                        .isInstanceOfSatisfying(RejectedException.class,
                                e -> assertThat(vectorError((CardError) e.code())).isEqualTo(expect.get("error").asText()));
                continue;
            }
            assertMatches(CitizenCardQr.parse(payload), expect);
        }
    }

    /**
     * The shared vectors predate the split of the card's shape errors: their {@code BAD_FORMAT}
     * is any of the codes for one malformed field.
     */
    private static String vectorError(CardError code) {
        return SHAPE_ERRORS.contains(code) ? "BAD_FORMAT" : code.name();
    }

    private static final Set<CardError> SHAPE_ERRORS = EnumSet.of(CardError.BAD_FIELD_COUNT, CardError.BAD_ID_NUMBER,
            CardError.BAD_OLD_ID_NUMBER, CardError.BAD_NAME, CardError.BAD_SEX, CardError.BAD_ADDRESS);

    private static void assertMatches(CitizenCardQr card, JsonNode expect) {
        assertThat(card.citizenId().digits()).isEqualTo(expect.get("idNumber").asText());
        assertThat(card.oldIdNumber().orElse(null)).isEqualTo(expect.get("oldIdNumber").textValue());
        assertThat(card.fullName()).isEqualTo(expect.get("fullName").asText());
        assertThat(card.birthDate()).hasToString(expect.get("birthDate").asText());
        assertThat(card.sex().code()).isEqualTo(expect.get("sex").asText());
        assertThat(card.sexText()).isEqualTo(expect.get("sexText").asText());
        assertThat(card.address()).isEqualTo(expect.get("address").asText());
        assertThat(card.issueDate()).hasToString(expect.get("issueDate").asText());
        assertThat(card.citizenId().provinceCode()).isEqualTo(expect.get("provinceCode").asText());
        assertThat(card.citizenId().centuryDigit()).isEqualTo(expect.get("idCenturyDigit").asInt());
        List<String> extra = new ArrayList<>();
        expect.get("extraFields").forEach(f -> extra.add(f.asText()));
        assertThat(card.extraFields()).isEqualTo(extra);
        List<String> warnings = new ArrayList<>();
        expect.get("warnings").forEach(w -> warnings.add(w.asText()));
        assertThat(card.warnings()).extracting(CardWarning::name).isEqualTo(warnings);
    }

    @Test
    void decodesNfdTextToNfc() {
        String nfd = Normalizer.normalize(DIACRITICS, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(DIACRITICS);

        CitizenCardQr card = CitizenCardQr.parse(nfd);

        assertThat(card.fullName()).isEqualTo("Nguyễn Thị Ánh");
        assertThat(card.address()).isEqualTo("Số 3, Thôn Đồng, Xã Ê, Phú Thọ");
        assertThat(card.sex()).isEqualTo(Sex.FEMALE);
        assertThat(card.sexText()).isEqualTo("Nữ");
        assertThat(card.oldIdNumber()).isEmpty();
        assertThat(card.warnings()).isEmpty();
    }

    @Test
    void ignoresATrailingSeparatorAndLineBreak() {
        CitizenCardQr card = CitizenCardQr.parse(NGUYEN_VAN_A + "|\r\n");

        assertThat(card.extraFields()).isEmpty();
        assertThat(card.issueDate()).isEqualTo(LocalDate.of(2021, 7, 1));
    }

    @Test
    void keepsExtraFieldsRaw() {
        CitizenCardQr card = CitizenCardQr.parse(NGUYEN_VAN_A + "|Kinh|Không||");

        assertThat(card.extraFields()).containsExactly("Kinh", "Không", "");
        assertThat(card.toPayload()).isEqualTo(NGUYEN_VAN_A + "|Kinh|Không|");
    }

    @Test
    void warnsWhenTheNumberContradictsTheSexField() {
        CitizenCardQr card = CitizenCardQr.parse(NGUYEN_VAN_A.replace("|Nam|", "|Nữ|"));

        assertThat(card.warnings()).containsExactly(CardWarning.GENDER_MISMATCH);
        assertThat(card.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void warnsWhenTheNumberContradictsTheBirthYear() {
        CitizenCardQr card = CitizenCardQr.parse(NGUYEN_VAN_A.replace("|01011990|", "|01011991|"));

        assertThat(card.warnings()).containsExactly(CardWarning.BIRTH_YEAR_MISMATCH);
    }

    @Test
    void warnsOnAnUnknownProvinceCode() {
        CitizenCardQr card = CitizenCardQr.parse("003" + NGUYEN_VAN_A.substring(3));

        assertThat(card.warnings()).containsExactly(CardWarning.UNKNOWN_PROVINCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"|30021990|", "|01131990|", "|0101199|", "|1990-01-01|", "||"})
    void rejectsAnImpossibleBirthDate(String birth) {
        String payload = NGUYEN_VAN_A.replace("|01011990|", birth);

        assertThatThrownBy(() -> CitizenCardQr.parse(payload))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(CardError.BAD_DATE);
                    assertThat(e.offset().getAsInt()).isGreaterThanOrEqualTo(NGUYEN_VAN_A.indexOf("01011990"));
                });
    }

    @Test
    void rejectsAnImpossibleIssueDate() {
        assertThatThrownBy(() -> CitizenCardQr.parse(NGUYEN_VAN_A.replace("|01072021", "|31062021")))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(CardError.BAD_DATE));
    }

    @Test
    void rejectsAShortIdNumberAtItsOffset() {
        assertThatThrownBy(() -> CitizenCardQr.parse(NGUYEN_VAN_A.substring(1)))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(CardError.BAD_ID_NUMBER);
                    assertThat(e.offset()).hasValue(11);
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "001090123456|12345678|NGUYEN VAN A|01011990|Nam|So 1|01072021; BAD_OLD_ID_NUMBER; 13",
        "001090123456|12345678X|NGUYEN VAN A|01011990|Nam|So 1|01072021; BAD_OLD_ID_NUMBER; 21",
        "001090123456|123456789|NGUYEN VAN A|01011990|Male|So 1|01072021; BAD_SEX; 45",
        "001090123456|123456789| |01011990|Nam|So 1|01072021; BAD_NAME; 23",
        "001090123456|123456789|NGUYEN VAN A|01011990|Nam||01072021; BAD_ADDRESS; 49",
        "001090123456|123456789|NGUYEN VAN A|01011990|Nam|So 1; BAD_FIELD_COUNT; 53",
        "0010901234567|123456789|NGUYEN VAN A|01011990|Nam|So 1|01072021; BAD_ID_NUMBER; 12",
        "00109012345X|123456789|NGUYEN VAN A|01011990|Nam|So 1|01072021; BAD_ID_NUMBER; 11"})
    void rejectsEachWrongShapeWithItsOwnCodeAndOffset(String payload, CardError code, int offset) {
        assertThatThrownBy(() -> CitizenCardQr.parse(payload))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.offset()).hasValue(offset);
                });
    }

    @Test
    void rejectsEmptyTextAsMissingFields() {
        assertThatThrownBy(() -> CitizenCardQr.parse(""))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(CardError.BAD_FIELD_COUNT));
    }

    @Test
    void givesEveryCardErrorAStableNamespacedId() {
        assertThat(CardError.BAD_SEX.id()).isEqualTo("card.BAD_SEX");
        assertThat(CardError.values()).extracting(CardError::name)
                .allMatch(n -> n.startsWith("BAD_") || n.startsWith("TOO_"));
    }

    @Test
    void rejectsOverlongText() {
        assertThatThrownBy(() -> CitizenCardQr.parse(NGUYEN_VAN_A + "|" + "x".repeat(CitizenCardQr.MAX_LENGTH)))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(CardError.TOO_LONG));
    }

    @Test
    void showsNeitherNameNorAddressNorFullNumberInToString() {
        String text = CitizenCardQr.parse(NGUYEN_VAN_A).toString();

        assertThat(text).contains("********3456").doesNotContain("001090123456", "NGUYEN", "Duong", "123456789", "1990");
    }

    @Test
    void logsOnlyTheMaskedIdNumber() {
        CitizenCardQr.parse(NGUYEN_VAN_A.replace("|Nam|", "|Nữ|"));
        try {
            CitizenCardQr.parse(NGUYEN_VAN_A.replace("|01011990|", "|30021990|"));
        } catch (RejectedException e) {
            assertThat(e.getMessage()).doesNotContain("001090123456", "NGUYEN");
        }

        assertThat(logs.text()).contains("********3456").doesNotContain("001090123456", "123456789", "NGUYEN", "Duong");
    }
}
