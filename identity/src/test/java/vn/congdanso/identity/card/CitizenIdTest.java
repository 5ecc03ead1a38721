package vn.congdanso.identity.card;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CitizenIdTest {

    @Test
    void decomposesProvinceSexAndBirthYear() {
        CitizenId id = CitizenId.parse("025190012345");

        assertThat(id.provinceCode()).isEqualTo("025");
        assertThat(id.province()).map(Province::name).contains("Phú Thọ");
        assertThat(id.centuryDigit()).isEqualTo(1);
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
        assertThat(id.birthCentury()).isEqualTo(1900);
        assertThat(id.birthYear()).isEqualTo(1990);
        assertThat(id.serial()).isEqualTo("012345");
    }

    @Test
    void readsTheCenturyDigitForEveryCentury() {
        assertThat(CitizenId.parse("079205000001").birthYear()).isEqualTo(2005);
        assertThat(CitizenId.parse("079205000001").sex()).isEqualTo(Sex.MALE);
        assertThat(CitizenId.parse("079305000001").sex()).isEqualTo(Sex.FEMALE);
        assertThat(CitizenId.parse("079401000001").birthYear()).isEqualTo(2101);
        assertThat(CitizenId.parse("079999000001").birthYear()).isEqualTo(2399);
    }

    @Test
    void masksAllButTheLastFourDigits() {
        CitizenId id = CitizenId.parse("001090123456");

        assertThat(id.masked()).isEqualTo("********3456");
        assertThat(id.toString()).isEqualTo("********3456").doesNotContain("001090");
        assertThat(id.digits()).isEqualTo("001090123456");
    }

    @Test
    void acceptsAnUnknownProvinceCodeWithoutAProvince() {
        CitizenId id = CitizenId.parse("003090123456");

        assertThat(id.province()).isEmpty();
    }

    @Test
    void rejectsANonDigitAtItsOffset() {
        assertThatThrownBy(() -> CitizenId.parse("00109O123456"))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(CardError.BAD_ID_NUMBER);
                    assertThat(e.offset()).hasValue(5);
                });
    }

    @Test
    void rejectsTooFewOrTooManyDigits() {
        assertThatThrownBy(() -> CitizenId.parse("00109012345"))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.offset()).hasValue(11));
        assertThatThrownBy(() -> CitizenId.parse("0010901234567"))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.offset()).hasValue(12));
        assertThatThrownBy(() -> CitizenId.parse(""))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(CardError.BAD_ID_NUMBER));
    }

    @Test
    void rejectsNonAsciiDigits() {
        assertThat(CitizenId.isValid("٠٠١٠٩٠١٢٣٤٥٦")).isFalse();
        assertThatThrownBy(() -> CitizenId.parse("٠٠١٠٩٠١٢٣٤٥٦")).isInstanceOf(RejectedException.class);
    }

    @Test
    void equalsByDigits() {
        assertThat(CitizenId.parse("001090123456")).isEqualTo(CitizenId.parse("001090123456"))
                .hasSameHashCodeAs(CitizenId.parse("001090123456"))
                .isNotEqualTo(CitizenId.parse("001090123457"));
    }
}
