package vn.congdanso.qr;



import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

class QrCodeTest {

    private static final String LINK = "https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193";

    @Test
    void treatsModulesOutsideTheSymbolAsQuietZone() {
        QrCode code = QrEncoder.standard().encode("1.001193");

        assertThat(code.isDark(-1, 0)).isFalse();
        assertThat(code.isDark(code.size(), 0)).isFalse();
        assertThat(code.isDark(0, 0)).isTrue();
    }
}
