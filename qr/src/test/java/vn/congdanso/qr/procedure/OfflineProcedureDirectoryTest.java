package vn.congdanso.qr.procedure;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfflineProcedureDirectoryTest {

    private final OfflineProcedureDirectory directory = OfflineProcedureDirectory.bundled();

    private static OfflineProcedureDirectory of(String json) {
        return OfflineProcedureDirectory.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> names(String keywords) {
        return directory.search(ProcedureQuery.keywords(keywords)).items().stream().map(Procedure::name).toList();
    }

    @Test
    void bundlesAtLeastThirtyDatedAndSourcedProcedures() {
        assertThat(directory.all()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(directory.info().version()).isNotBlank();
        assertThat(directory.info().date()).isNotNull();
        assertThat(directory.info().sources()).isNotEmpty();
        assertThat(directory.all()).allSatisfy(p -> {
            assertThat(p.name()).isNotBlank();
            assertThat(p.documents()).isNotEmpty();
            assertThat(p.legalBasis()).isNotEmpty();
            assertThat(p.fees()).isNotEmpty();
            assertThat(p.levels()).isNotEmpty();
        });
    }

    @Test
    void bundledCodesAreUnique() {
        List<String> codes = directory.all().stream().flatMap(p -> p.code().stream()).map(Object::toString).toList();
        assertThat(codes).doesNotHaveDuplicates();
    }

    @Test
    void findsBirthRegistrationByNationalCode() {
        Procedure birth = directory.find(ProcedureCode.parse("1.001193")).orElseThrow();
        assertThat(birth.name()).isEqualTo("Đăng ký khai sinh");
        assertThat(birth.field()).isEqualTo("Hộ tịch");
        assertThat(birth.fees()).anySatisfy(fee -> assertThat(fee.amount()).hasValue(Vnd.ZERO));
    }

    @Test
    void findsLocalizedCodeThroughItsNationalEntry() {
        assertThat(directory.find(ProcedureCode.parse("1.001612.000.00.00.H01"))).map(Procedure::name)
                .hasValue("Đăng ký thành lập hộ kinh doanh");
    }

    @Test
    void findsNothingForUnknownCode() {
        assertThat(directory.find(ProcedureCode.parse("9.999999"))).isEmpty();
    }

    @Test
    void searchesWithoutDiacriticsAndRanksExactNameFirst() {
        assertThat(names("dang ky khai sinh")).first().isEqualTo("Đăng ký khai sinh");
        assertThat(names("ĐĂNG KÝ KHAI SINH")).first().isEqualTo("Đăng ký khai sinh");
        assertThat(names("khai sinh")).contains("Đăng ký lại khai sinh", "Đăng ký khai sinh có yếu tố nước ngoài");
    }

    @Test
    void requiresEveryKeyword() {
        assertThat(names("tam tru").subList(0, 3)).containsExactlyInAnyOrder("Đăng ký tạm trú", "Gia hạn tạm trú", "Xóa đăng ký tạm trú");
        assertThat(names("tam tru ket hon")).isEmpty();
    }

    @Test
    void matchesWordPrefixesFieldsAndCodes() {
        assertThat(names("ho kinh doanh")).hasSize(5).first().isEqualTo("Đăng ký thành lập hộ kinh doanh");
        assertThat(names("1.004222")).containsExactly("Đăng ký thường trú");
        assertThat(names("ly lich")).containsExactly(
                "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam");
        assertThat(names("chứng thực")).hasSize(3);
    }

    @Test
    void pagesResults() {
        Page<Procedure> first = directory.search(ProcedureQuery.keywords("dang ky").withPage(0, 5));
        Page<Procedure> last = directory.search(ProcedureQuery.keywords("dang ky").withPage(100, 5));
        assertThat(first.items()).hasSize(5);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.totalItems()).isGreaterThan(5);
        assertThat(last.items()).isEmpty();
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void listsEverythingForEmptyKeywords() {
        assertThat(directory.search(ProcedureQuery.keywords("  ").withPage(0, 100)).totalItems()).isEqualTo(directory.all().size());
    }

    @Test
    void listsByAgencyFromLocalizedCatalogue() {
        OfflineProcedureDirectory local = of("""
                {"version":"1","date":"2026-11-01","sources":["test"],"procedures":[
                 {"code":"1.001193.000.00.15.H41","name":"Đăng ký khai sinh","field":"Hộ tịch","processingTime":"1 ngày",
                  "agencies":["000.00.15.H41"]},
                 {"code":"1.001193.000.00.16.H41","name":"Đăng ký khai sinh","field":"Hộ tịch","processingTime":"1 ngày",
                  "agencies":["000.00.16.H41"]},
                 {"code":"1.001193.000.00.01.H42","name":"Đăng ký khai sinh","field":"Hộ tịch","processingTime":"1 ngày",
                  "agencies":["000.00.01.H42"]}]}
                """);
        assertThat(local.listByAgency(AgencyCode.parse("000.00.00.H41"), 0, 10).totalItems()).isEqualTo(2);
        assertThat(local.listByAgency(AgencyCode.parse("000.00.16.H41"), 0, 10).items())
                .singleElement().satisfies(p -> assertThat(p.code()).map(Object::toString).hasValue("1.001193.000.00.16.H41"));
        assertThat(directory.listByAgency(AgencyCode.parse("000.00.00.H41"), 0, 10).items()).isEmpty();
    }

    @Test
    void knowsNoDossiers() {
        assertThat(directory.dossierStatus(DossierCode.parse("H15.50.05.13-261008-0975"))).isEmpty();
    }

    @Test
    void rejectsMalformedCatalogues() {
        for (String json : new String[] {"", "[]", "{\"version\":\"1\",\"date\":\"x\",\"procedures\":[]}",
                "{\"version\":\"1\",\"date\":\"2026-01-01\",\"procedures\":[{\"name\":\"x\"}]}",
                "{\"version\":\"1\",\"date\":\"2026-01-01\",\"procedures\":[{\"code\":\"1.1\",\"name\":\"x\",\"field\":\"f\",\"processingTime\":\"t\"}]}",
                "{\"version\":\"1\",\"date\":\"2026-01-01\",\"procedures\":[{\"name\":\"x\",\"field\":\"f\",\"processingTime\":\"t\",\"levels\":[\"DISTRICT\"]}]}"}) {
            assertThatThrownBy(() -> of(json)).as(json).isInstanceOfSatisfying(RejectedException.class,
                    e -> assertThat(e.code()).isEqualTo(ProcedureError.CATALOGUE_UNREADABLE));
        }
    }
}
