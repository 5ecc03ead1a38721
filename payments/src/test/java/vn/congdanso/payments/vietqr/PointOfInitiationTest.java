package vn.congdanso.payments.vietqr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PointOfInitiationTest {

    @Test
    void writesTheEmvCodesAndCliLabels() {
        assertThat(PointOfInitiation.STATIC.code()).isEqualTo("11");
        assertThat(PointOfInitiation.DYNAMIC.code()).isEqualTo("12");
        assertThat(PointOfInitiation.STATIC.label()).isEqualTo("static");
        assertThat(PointOfInitiation.ofCode("12")).isEqualTo(PointOfInitiation.DYNAMIC);
        assertThat(PointOfInitiation.ofCode("11")).isEqualTo(PointOfInitiation.STATIC);
    }
}
