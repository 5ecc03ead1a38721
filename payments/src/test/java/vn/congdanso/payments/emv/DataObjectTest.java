package vn.congdanso.payments.emv;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataObjectTest {

    @Test
    void encodesIdLengthAndValue() {
        assertThat(DataObject.of(59, "NGUYEN VAN A").encode()).isEqualTo("5912NGUYEN VAN A");
        assertThat(DataObject.of(1, "12").id()).isEqualTo("01");
    }

    @Test
    void countsLengthInCodePoints() {
        DataObject name = DataObject.of(1, "Hà Nội 😀");
        assertThat(name.length()).isEqualTo(8);
        assertThat(name.encode()).isEqualTo("0108Hà Nội 😀");
    }

    @Test
    void encodesATemplateFromItsChildren() {
        DataObject template = DataObject.template(62, List.of(DataObject.of(1, "HS-0001"), DataObject.of(8, "le phi")));
        assertThat(template.value()).isEqualTo("0107HS-00010806le phi");
        assertThat(template.isTemplate()).isTrue();
        assertThat(template.childValue(8)).contains("le phi");
        assertThat(template.child(5)).isEmpty();
    }

    @Test
    void readsAValueAsATemplateOnRequest() {
        DataObject beneficiary = DataObject.of(1, "000697040301130011012345678");
        assertThat(beneficiary.asTemplate()).hasValueSatisfying(t -> assertThat(t.childValue(0)).contains("970403"));
        assertThat(DataObject.of(1, "0006970").asTemplate()).isEmpty();
    }

    @Test
    void rejectsValuesLongerThan99Characters() {
        assertThatThrownBy(() -> DataObject.of(59, "x".repeat(100)))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(EmvError.BAD_DATA_OBJECT));
    }

    @Test
    void rejectsIdsOutside00To99() {
        assertThatThrownBy(() -> DataObject.of(100, "x")).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> DataObject.of(-1, "x")).isInstanceOf(RejectedException.class);
    }
}
