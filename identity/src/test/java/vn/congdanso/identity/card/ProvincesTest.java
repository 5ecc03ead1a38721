package vn.congdanso.identity.card;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProvincesTest {

    private final Provinces provinces = Provinces.embedded();

    @Test
    void holdsTheSixtyThreeCodesOfThePre2025Map() {
        assertThat(provinces.all()).hasSize(63);
        assertThat(provinces.all()).extracting(Province::code).doesNotHaveDuplicates().allMatch(c -> c.matches("\\d{3}"));
        assertThat(provinces.byCode("001")).map(Province::name).contains("Hà Nội");
        assertThat(provinces.byCode("079")).map(Province::name).contains("Hồ Chí Minh");
        assertThat(provinces.byCode("096")).map(Province::name).contains("Cà Mau");
    }

    @Test
    void mapsEachCodeToOneOfTheThirtyFourProvincesSince2025() {
        assertThat(provinces.all().stream().map(Province::since2025).collect(Collectors.toSet())).hasSize(34);
    }

    @Test
    void knowsWhatPhuThoAbsorbed() {
        assertThat(provinces.formingSince2025("Phú Thọ")).extracting(Province::code).containsExactly("017", "025", "026");
        assertThat(provinces.byCode("026")).map(Province::since2025).contains("Phú Thọ");
        assertThat(provinces.formingSince2025("Hồ Chí Minh")).extracting(Province::code)
                .containsExactly("074", "077", "079");
        assertThat(provinces.formingSince2025("Atlantis")).isEmpty();
    }

    @Test
    void answersEmptyForAnUnknownCode() {
        assertThat(provinces.byCode("003")).isEmpty();
        assertThat(provinces.byCode("")).isEmpty();
    }

    @Test
    void isVersionedWithItsSources() {
        assertThat(provinces.version()).isNotBlank();
        assertThat(provinces.date().getYear()).isEqualTo(2025);
        assertThat(provinces.sources()).anyMatch(s -> s.contains("07/2016/TT-BCA")).anyMatch(s -> s.contains("202/2025/QH15"));
    }
}
