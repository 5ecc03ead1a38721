package vn.congdanso.qr;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QrCodeTest {

    private static final String LINK = "https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193";

    @Test
    void importsAZxingMatrixModuleForModule() throws WriterException {
        BitMatrix matrix = new QRCodeWriter().encode(LINK, BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));

        QrCode imported = QrCode.fromBitMatrix(matrix, ErrorCorrection.M);
        QrCode ours = QrEncoder.standard().encode(LINK);

        assertThat(imported.size()).isEqualTo(ours.size());
        assertThat(imported.version()).isEqualTo(ours.version());
        for (int y = 0; y < ours.size(); y++) {
            for (int x = 0; x < ours.size(); x++) {
                assertThat(imported.isDark(x, y)).isEqualTo(ours.isDark(x, y));
            }
        }
        assertThat(QrDecoder.standard().decode(QrImage.png(imported)).text()).isEqualTo(LINK);
    }

    @Test
    void rejectsMatricesThatAreNoQrSymbol() {
        assertThatThrownBy(() -> QrCode.fromBitMatrix(new BitMatrix(21, 25), ErrorCorrection.M))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(QrError.INVALID_OPTION));
        assertThatThrownBy(() -> QrCode.fromBitMatrix(new BitMatrix(22), ErrorCorrection.M))
                .isInstanceOf(RejectedException.class);
    }

    @Test
    void treatsModulesOutsideTheSymbolAsQuietZone() {
        QrCode code = QrEncoder.standard().encode("1.001193");

        assertThat(code.isDark(-1, 0)).isFalse();
        assertThat(code.isDark(code.size(), 0)).isFalse();
        assertThat(code.isDark(0, 0)).isTrue();
    }
}
