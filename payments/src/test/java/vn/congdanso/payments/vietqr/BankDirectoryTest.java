package vn.congdanso.payments.vietqr;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

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

    private static void assertRejected(String json) {
        assertThatThrownBy(() -> BankDirectory.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(CoreError.BAD_ARGUMENT));
    }
}
