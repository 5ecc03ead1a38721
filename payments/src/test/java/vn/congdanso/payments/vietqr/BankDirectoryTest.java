package vn.congdanso.payments.vietqr;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BankDirectoryTest {

    private final BankDirectory directory = BankDirectory.bundled();

    @Test
    void bundlesAtLeastTheSixtyNapasParticipants() {
        assertThat(directory.all()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(directory.version()).isNotBlank();
        assertThat(directory.date()).isAfter(LocalDate.of(2025, 1, 1));
        assertThat(directory.sources()).isNotEmpty().allSatisfy(source -> assertThat(source).startsWith("https://"));
    }

    @Test
    void everyEntryHasASixDigitBinAndUniqueCode() {
        Set<String> codes = new HashSet<>();
        for (Bank bank : directory.all()) {
            assertThat(bank.bin()).matches("\\d{6}");
            assertThat(codes.add(bank.code().toUpperCase())).as(bank.code()).isTrue();
            assertThat(bank.name()).isNotBlank();
            bank.swiftCode().ifPresent(swift -> assertThat(swift).matches("[A-Z0-9]{8}([A-Z0-9]{3})?"));
        }
    }

    @Test
    void findsBanksByBin() {
        assertThat(directory.byBin("970436")).hasValueSatisfying(bank -> {
            assertThat(bank.shortName()).isEqualTo("Vietcombank");
            assertThat(bank.code()).isEqualTo("VCB");
            assertThat(bank.swiftCode()).contains("BFTVVNVX");
        });
        assertThat(directory.byBin("970416")).map(Bank::shortName).contains("ACB");
        assertThat(directory.byBin("970423")).map(Bank::shortName).contains("TPBank");
        assertThat(directory.byBin("000000")).isEmpty();
    }

    @Test
    void findsBanksByCodeIgnoringCase() {
        assertThat(directory.byCode("icb")).map(Bank::bin).contains("970415");
        assertThat(directory.byCode("MB")).map(Bank::bin).contains("970422");
        assertThat(directory.byCode("NOPE")).isEmpty();
    }

    @Test
    void readsAListOfTheSameShape() {
        String json = "{\"version\":\"t1\",\"date\":\"2026-01-02\",\"sources\":[\"https://example.test\"],"
                + "\"banks\":[{\"bin\":\"999999\",\"code\":\"TST\",\"shortName\":\"Test\",\"name\":\"Test bank\",\"swift\":null}]}";
        BankDirectory read = BankDirectory.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(read.byCode("tst")).map(Bank::swiftCode).contains(java.util.Optional.empty());
        assertThat(read.version()).isEqualTo("t1");
    }

    @Test
    void rejectsMalformedLists() {
        assertRejected("not json");
        assertRejected("{\"version\":\"t\",\"date\":\"2026-01-02\",\"sources\":[]}");
        assertRejected("{\"version\":\"t\",\"date\":\"02/01/2026\",\"sources\":[],\"banks\":[]}");
        assertRejected("{\"version\":\"t\",\"date\":\"2026-01-02\",\"sources\":[],\"banks\":[{\"bin\":\"1\",\"code\":\"A\","
                + "\"shortName\":\"A\",\"name\":\"A\"},{\"bin\":\"1\",\"code\":\"B\",\"shortName\":\"B\",\"name\":\"B\"}]}");
    }

    @Test
    void namesTheBanksRenamedIn2025ByTheirNewNames() {
        assertThat(directory.byBin("970406")).hasValueSatisfying(bank -> {
            assertThat(bank.code()).isEqualTo("VIKKI");
            assertThat(bank.shortName()).isEqualTo("VikkiBank");
            assertThat(bank.name()).isEqualTo("Ngân hàng TNHH MTV Số Vikki");
        });
        assertThat(directory.byBin("970414")).hasValueSatisfying(bank -> {
            assertThat(bank.code()).isEqualTo("MBV");
            assertThat(bank.name()).isEqualTo("Ngân hàng TNHH MTV Việt Nam Hiện Đại");
        });
        assertThat(directory.byBin("970444")).map(Bank::shortName).contains("VCBNeo");
    }

    @Test
    void stillResolvesRenamedBanksByTheirFormerCodesAndNames() {
        assertThat(directory.byCode("DOB")).map(Bank::bin).contains("970406");
        assertThat(directory.byCode("Oceanbank")).map(Bank::bin).contains("970414");
        assertThat(directory.byName("OceanBank")).map(Bank::bin).contains("970414");
        assertThat(directory.byName("Ocean Bank")).map(Bank::bin).contains("970414");
        assertThat(directory.byName("DongA Bank")).map(Bank::bin).contains("970406");
        assertThat(directory.byName("Ngân hàng TMCP Đông Á")).map(Bank::bin).contains("970406");
        assertThat(directory.byName("CBBank")).map(Bank::bin).contains("970444");
        assertThat(directory.byBin("970414")).map(Bank::formerCodes).contains(List.of("OCEANBANK"));
    }

    @Test
    void findsBanksByNameIgnoringCaseSpacesAndNormalisation() {
        assertThat(directory.byName("vikki bank")).map(Bank::bin).contains("970406");
        assertThat(directory.byName("Vietcombank")).map(Bank::bin).contains("970436");
        assertThat(directory.byName(Normalizer.normalize("Ngân hàng TMCP Á Châu", Normalizer.Form.NFD))).map(Bank::bin)
                .contains("970416");
        assertThat(directory.byName("No Such Bank")).isEmpty();
    }

    @Test
    void listsMomoAndLiobank() {
        assertThat(directory.byBin("971025")).map(Bank::code).contains("MOMO");
        assertThat(directory.byBin("963369")).map(Bank::code).contains("LIOBANK");
        assertThat(directory.byCode("momo")).map(Bank::shortName).contains("MoMo");
    }

    @Test
    void givesTheCodeBvbToBvBankAndKeepsBaoVietUnderItsFullCode() {
        assertThat(directory.byCode("BVB")).map(Bank::bin).contains("970454");
        assertThat(directory.byCode("VCCB")).map(Bank::bin).contains("970454");
        assertThat(directory.byName("Viet Capital Bank")).map(Bank::bin).contains("970454");
        assertThat(directory.byCode("BAOVIETBANK")).map(Bank::bin).contains("970438");
        assertThat(directory.byName("BaoViet Bank")).map(Bank::bin).contains("970438");
    }

    @Test
    void recordsWhereAndWhenEveryBundledEntryWasChecked() throws Exception {
        JsonNode root = bundledJson();
        LocalDate date = LocalDate.parse(root.get("date").asText());
        for (JsonNode bank : root.get("banks")) {
            assertThat(bank.path("source").asText()).as(bank.get("bin").asText()).isNotBlank();
            assertThat(LocalDate.parse(bank.path("checked").asText())).as(bank.get("bin").asText()).isBeforeOrEqualTo(date);
        }
        assertThat(root.get("version").asText()).isEqualTo(date.toString().replace('-', '.'));
    }

    @Test
    void bundledListGivesEveryBinCodeAndNameToOneEntry() throws Exception {
        Map<String, String> bins = new HashMap<>();
        Map<String, String> codes = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (JsonNode bank : bundledJson().get("banks")) {
            String bin = bank.get("bin").asText();
            assertThat(bins.put(bin, bin)).as("BIN " + bin).isNull();
            Set<String> own = new HashSet<>();
            own.add(bank.get("code").asText().toUpperCase(Locale.ROOT));
            bank.path("aliases").path("codes").forEach(code -> own.add(code.asText().toUpperCase(Locale.ROOT)));
            own.forEach(code -> assertThat(codes.put(code, bin)).as("code " + code).isNull());
            Set<String> ownNames = new HashSet<>();
            ownNames.add(nameKey(bank.get("shortName").asText()));
            ownNames.add(nameKey(bank.get("name").asText()));
            bank.path("aliases").path("names").forEach(name -> ownNames.add(nameKey(name.asText())));
            ownNames.forEach(name -> assertThat(names.put(name, bin)).as("name " + name).isNull());
        }
    }

    @Test
    void rejectsAListThatGivesACodeOrNameToTwoBanks() {
        String head = "{\"version\":\"t\",\"date\":\"2026-01-02\",\"sources\":[],\"banks\":[";
        String first = "{\"bin\":\"111111\",\"code\":\"BVB\",\"shortName\":\"BVBank\",\"name\":\"Bản Việt\"},";
        assertRejected(head + first + "{\"bin\":\"222222\",\"code\":\"BAOVIET\",\"shortName\":\"BaoViet\",\"name\":\"Bảo Việt\","
                + "\"aliases\":{\"codes\":[\"bvb\"]}}]}");
        assertRejected(head + first + "{\"bin\":\"222222\",\"code\":\"BAOVIET\",\"shortName\":\"BaoViet\",\"name\":\"Bảo Việt\","
                + "\"aliases\":{\"names\":[\"BV Bank\"]}}]}");
        assertRejected(head + "{\"bin\":\"111111\",\"code\":\"A\",\"shortName\":\"A\",\"name\":\"A bank\","
                + "\"checked\":\"2026-01-03\"}]}");
        assertRejected(head + "{\"bin\":\"111111\",\"code\":\"A\",\"shortName\":\"A\",\"name\":\"A bank\","
                + "\"aliases\":{\"codes\":\"B\"}}]}");
    }

    private static JsonNode bundledJson() throws Exception {
        try (InputStream in = BankDirectory.class.getResourceAsStream("/vn/congdanso/payments/data/banks.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** The documented name comparison: NFC, case, spaces and hyphens ignored. */
    private static String nameKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\s\\-]+", "").toUpperCase(Locale.ROOT);
    }

    private static void assertRejected(String json) {
        assertThatThrownBy(() -> BankDirectory.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(CoreError.BAD_ARGUMENT));
    }
}
