package vn.congdanso.qr;

import java.awt.image.BufferedImage;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.internal.PngWriter;
import vn.congdanso.qr.internal.SvgWriter;

import static java.util.Objects.requireNonNull;

/**
 * Renders a {@link QrCode} as SVG or PNG without AWT (the PNG encoder is the SDK's own), or as
 * a {@link BufferedImage} for apps that draw with AWT. Stateless and thread-safe.
 */
public final class QrImage {

    /** The largest side, in pixels, of a rendered image. */
    public static final int MAX_SIDE_PIXELS = 10_000;

    private QrImage() {
    }

    /** The SVG document of {@code code} with {@link SvgOptions#defaults()}. */
    public static String svg(QrCode code) {
        return svg(code, SvgOptions.defaults());
    }

    /**
     * The SVG document (UTF-8 XML) of {@code code}: a background rectangle unless the light
     * colour is {@code none}, and a single path of the dark modules, drawn with crisp edges.
     */
    public static String svg(QrCode code, SvgOptions options) {
        requireNonNull(code, "code == null");
        requireNonNull(options, "options == null");
        side(code, options.scale(), options.quietZone());
        return SvgWriter.write(code::isDark, code.size(), options.scale(), options.quietZone(),
                options.darkColor(), options.lightColor());
    }

    /** The PNG file of {@code code} with {@link PngOptions#defaults()}. */
    public static byte[] png(QrCode code) {
        return png(code, PngOptions.defaults());
    }

    /**
     * The bytes of a grayscale PNG file of {@code code}, black on white.
     *
     * @throws RejectedException {@link QrError#IMAGE_TOO_LARGE} when a side would exceed
     *         {@link #MAX_SIDE_PIXELS}
     */
    public static byte[] png(QrCode code, PngOptions options) {
        requireNonNull(code, "code == null");
        requireNonNull(options, "options == null");
        side(code, options.scale(), options.quietZone());
        return PngWriter.write(code::isDark, code.size(), options.scale(), options.quietZone(),
                options.depth() == PngOptions.Depth.ONE_BIT);
    }

    /**
     * A black-on-white {@link BufferedImage#TYPE_BYTE_BINARY} image of {@code code}.
     *
     * @throws RejectedException {@link QrError#INVALID_OPTION} for a scale outside 1–100 or a quiet
     *         zone outside 0–40, {@link QrError#IMAGE_TOO_LARGE} as for {@link #png(QrCode, PngOptions)}
     */
    public static BufferedImage toBufferedImage(QrCode code, int scale, int quietZone) {
        requireNonNull(code, "code == null");
        Limits.check(scale, 1, 100, "scale");
        Limits.check(quietZone, 0, 40, "quietZone");
        int side = side(code, scale, quietZone);
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        int white = 0xFFFFFFFF;
        int black = 0xFF000000;
        int[] row = new int[side];
        for (int y = 0; y < side; y++) {
            int moduleY = y / scale - quietZone;
            for (int x = 0; x < side; x++) {
                row[x] = code.isDark(x / scale - quietZone, moduleY) ? black : white;
            }
            image.setRGB(0, y, side, 1, row, 0, side);
        }
        return image;
    }

    private static int side(QrCode code, int scale, int quietZone) {
        long side = (long) (code.size() + 2L * quietZone) * scale;
        if (side > MAX_SIDE_PIXELS) {
            throw new RejectedException(QrError.IMAGE_TOO_LARGE,
                    "the image would be " + side + " pixels wide, more than " + MAX_SIDE_PIXELS);
        }
        return (int) side;
    }
}
