package vn.congdanso.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.google.zxing.BarcodeFormat;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.testing.ModulePathRun;

/**
 * congdanso-qr on the module path without its two optional modules: a probe module that requires
 * only {@code vn.congdanso.qr} encodes, renders and decodes a QR code with neither
 * {@code java.desktop} nor {@code vn.congdanso.http} observable, and cannot reach into the
 * module's internal packages.
 */
class ModulePathTest {

    private static final List<Class<?>> MODULE_PATH = List.of(QrEncoder.class, CongDanSoException.class,
            BarcodeFormat.class, org.slf4j.Logger.class, ObjectMapper.class, JsonFactory.class, JsonProperty.class,
            CBORFactory.class);

    @Test
    void encodesRendersAndDecodesWithoutAwtOrHttp(@TempDir Path work) {
        String output = ModulePathRun.run(work, MODULE_PATH, List.of("vn.congdanso.qr"), """
                var code = vn.congdanso.qr.QrEncoder.standard().encode("https://dichvucong.gov.vn/p/1.001193");
                System.out.println("png " + (vn.congdanso.qr.QrImage.png(code).length > 0));
                System.out.println("svg " + vn.congdanso.qr.QrImage.svg(code).startsWith("<"));
                int scale = 4, quiet = 4, side = (code.size() + 2 * quiet) * scale;
                byte[] pixels = new byte[side * side];
                for (int y = 0; y < side; y++) {
                    for (int x = 0; x < side; x++) {
                        int mx = x / scale - quiet, my = y / scale - quiet;
                        boolean dark = mx >= 0 && my >= 0 && mx < code.size() && my < code.size() && code.isDark(mx, my);
                        pixels[y * side + x] = (byte) (dark ? 0 : 255);
                    }
                }
                var image = vn.congdanso.qr.LuminanceImage.of(pixels, side, side);
                System.out.println("decoded " + vn.congdanso.qr.QrDecoder.standard().decode(image).text());
                try {
                    Class.forName("vn.congdanso.qr.internal.PngWriter").getDeclaredConstructors()[0].setAccessible(true);
                    System.out.println("internal open");
                } catch (java.lang.reflect.InaccessibleObjectException e) {
                    System.out.println("internal closed");
                }
                """ + ModulePathRun.PRINT_MODULES);

        assertThat(output).contains("png true", "svg true", "decoded https://dichvucong.gov.vn/p/1.001193",
                "internal closed");
        assertThat(ModulePathRun.modules(output)).contains("vn.congdanso.qr", "com.google.zxing")
                .doesNotContain("java.desktop", "vn.congdanso.http", "okhttp3");
    }
}
