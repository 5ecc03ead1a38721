package vn.congdanso.qr.procedure.internal;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.congdanso.qr.procedure.AgencyCode;
import vn.congdanso.qr.procedure.Procedure;
import vn.congdanso.qr.procedure.ProcedureCode;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexTest {

    private static Procedure procedure(String code, String name, String field, String... agencies) {
        return new Procedure(Optional.of(ProcedureCode.parse(code)), name, field, List.of(), "1 ngày", List.of(), List.of(),
                List.of(), java.util.Arrays.stream(agencies).map(AgencyCode::parse).toList());
    }

    private final SearchIndex index = new SearchIndex(List.of(
            procedure("1.000001", "Đăng ký lại khai sinh", "Hộ tịch", "000.00.15.H41"),
            procedure("1.000002", "Đăng ký khai sinh", "Hộ tịch", "000.00.16.H41"),
            procedure("1.000003", "Cấp bản sao trích lục", "Hộ tịch"),
            procedure("1.000004", "Đăng ký thường trú", "Cư trú")));

    private List<String> names(String keywords) {
        return index.search(keywords, Optional.empty()).stream().map(Procedure::name).toList();
    }

    @Test
    void ranksPhraseMatchesFirst() {
        assertThat(names("dang ky khai sinh")).containsExactly("Đăng ký khai sinh", "Đăng ký lại khai sinh");
    }

    @Test
    void matchesFieldsWordPrefixesAndCodes() {
        assertThat(names("ho tich")).hasSize(3);
        assertThat(names("thuong")).containsExactly("Đăng ký thường trú");
        assertThat(names("1.000003")).containsExactly("Cấp bản sao trích lục");
    }

    @Test
    void ignoresPunctuationAndCase() {
        assertThat(names("  KHAI, sinh!  ")).hasSize(2);
    }

    @Test
    void filtersByAgencyTree() {
        assertThat(index.search("", Optional.of(AgencyCode.parse("000.00.00.H41")))).hasSize(2);
        assertThat(index.search("", Optional.of(AgencyCode.parse("000.00.16.H41")))).singleElement()
                .satisfies(p -> assertThat(p.name()).isEqualTo("Đăng ký khai sinh"));
    }
}
