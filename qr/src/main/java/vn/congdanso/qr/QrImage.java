package vn.congdanso.qr;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.internal.PngWriter;
import vn.congdanso.qr.internal.SvgWriter;

import static java.util.Objects.requireNonNull;

/**
 * Renders a {@link QrCode} as SVG or PNG without AWT (the PNG encoder is the SDK's own).
 * Stateless and thread-safe.
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

    private static int side(QrCode code, int scale, int quietZone) {
        long side = (long) (code.size() + 2L * quietZone) * scale;
        if (side > MAX_SIDE_PIXELS) {
            throw new RejectedException(QrError.IMAGE_TOO_LARGE,
                    "the image would be " + side + " pixels wide, more than " + MAX_SIDE_PIXELS);
        }
        return (int) side;
    }
}
