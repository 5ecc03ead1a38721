package vn.congdanso.payments.vietqr.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldTextTest {

    @Test
    void removesDiacriticsWithoutReportingLoss() {
        assertThat(FieldText.fold("Lệ phí hộ tịch", 25)).isEqualTo(new FieldText.Folded("Le phi ho tich", false, false));
    }

    @Test
    void reportsDroppedSymbols() {
        assertThat(FieldText.fold("Phí 50.000 ₫", 25)).isEqualTo(new FieldText.Folded("Phi 50.000", true, false));
    }

    @Test
    void reportsTruncation() {
        assertThat(FieldText.fold("Thành phố Hồ Chí Minh", 15)).isEqualTo(new FieldText.Folded("Thanh pho Ho Ch", false, true));
    }
}
