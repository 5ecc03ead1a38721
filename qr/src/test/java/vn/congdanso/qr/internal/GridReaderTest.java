package vn.congdanso.qr.internal;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.google.zxing.common.DecoderResult;

import vn.congdanso.qr.DecodedQr;
import vn.congdanso.qr.QrCode;
import vn.congdanso.qr.QrEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** The second detection path on its own, on codes drawn at test time. */
class GridReaderTest {

    private static final String TEXT = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001612";

    @Test
    void readsASharpCodeAtFourPixelsAModule() {
        Luma image = draw(QrEncoder.standard().encode(TEXT), 4, 0, 0.0);

        Optional<DecodedQr> decoded = GridReader.read(image, "outline grid", () -> false);

        assertThat(decoded).map(DecodedQr::text).contains(TEXT);
        assertThat(decoded).map(DecodedQr::strategy).hasValueSatisfying(name -> assertThat(name).startsWith("outline grid"));
    }

    @Test
    void readsAPerspectiveWarpedLowContrastCode() {
        Luma image = draw(QrEncoder.standard().encode(TEXT), 5, 60, 0.0015);

        assertThat(GridReader.read(image, "outline grid", () -> false)).map(DecodedQr::text).contains(TEXT);
    }

    @Test
    void trustsOnlyResultsThatKeptHalfABlocksCorrectionInReserve() {
        DecoderResult margin = new DecoderResult(new byte[0], "1.001612", null, "H");
        margin.setErrorsCorrected(4);
        DecoderResult used = new DecoderResult(new byte[0], "1.001612", null, "H");
        used.setErrorsCorrected(5);

        assertThat(GridReader.trusted(margin, 21)).as("4 of version 1-H's 17 EC codewords").isTrue();
        assertThat(GridReader.trusted(used, 21)).as("5 of version 1-H's 17 EC codewords").isFalse();
    }

    @Test
    void givesUpOnceTheBudgetIsSpent() {
        Luma image = draw(QrEncoder.standard().encode(TEXT), 4, 0, 0.0);

        assertThat(GridReader.read(image, "outline grid", () -> true)).isEmpty();
    }

    @Test
    void findsNothingInAFlatImage() {
        byte[] pixels = new byte[200 * 200];
        java.util.Arrays.fill(pixels, (byte) 200);

        assertThat(GridReader.read(new Luma(pixels, 200, 200), "outline grid", () -> false)).isEmpty();
    }

    /**
     * {@code code} at {@code scale} pixels a module with a four-module quiet zone, dark modules
     * at grey {@code dark} on 230, seen through a projective warp of strength {@code tilt}.
     */
    private static Luma draw(QrCode code, int scale, int dark, double tilt) {
        int side = (code.size() + 8) * scale + 40;
        byte[] pixels = new byte[side * side];
        double centre = side / 2.0;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                double w = 1 + tilt * (x - centre) * 0.5 + tilt * (y - centre) * 0.25;
                double sx = centre + (x - centre) / w;
                double sy = centre + (y - centre) / w;
                int mx = (int) Math.floor((sx - 20) / scale) - 4;
                int my = (int) Math.floor((sy - 20) / scale) - 4;
                pixels[y * side + x] = (byte) (code.isDark(mx, my) ? dark : 230);
            }
        }
        return new Luma(pixels, side, side);
    }
}
