package vn.congdanso.qr.internal;

import java.util.Optional;
import java.util.function.BooleanSupplier;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.QrError;

/**
 * Reads image files into luminance. This class touches no AWT type, so that it can check that
 * {@code javax.imageio} is readable before {@link RasterLoader}, which needs it, is loaded.
 */
public final class ImageLoader {

    /** A QR code has at least 21 modules a side, so an image needs at least one pixel per module. */
    static final int MIN_SIDE = 21;
    /** A QR code is square; an image whose sides differ more than this cannot show one usefully. */
    static final int MAX_ASPECT_RATIO = 64;

    private ImageLoader() {
    }

    /**
     * The luminance of the first image in {@code file}: the samples the file holds, not colours
     * converted to sRGB. The dimensions are checked from the header before any pixel is decoded;
     * large images are decoded subsampled to at most {@link RasterLoader#WORKING_PIXELS} pixels.
     *
     * @throws RejectedException {@link QrError#MISSING_IMAGE_SUPPORT} when {@code java.desktop}
     *         is not readable, {@link QrError#UNREADABLE_IMAGE} for unknown or corrupt data,
     *         {@link QrError#IMAGE_TOO_LARGE} for more than {@code maxPixels} pixels,
     *         {@link QrError#BAD_IMAGE_SHAPE} for an image that cannot hold a QR code,
     *         {@link QrError#UNSUPPORTED_COLOR_SPACE} for CMYK, {@link QrError#NOT_FOUND} when
     *         {@code expired} turns true before the pixels are decoded (checked between rows)
     */
    public static Luma read(byte[] file, long maxPixels, BooleanSupplier expired) {
        requireImageSupport(imageIoReadable());
        return RasterLoader.read(file, maxPixels, expired);
    }

    /**
     * Refuses dimensions that exceed {@code maxPixels} or that cannot hold a QR code.
     *
     * @throws RejectedException {@link QrError#UNREADABLE_IMAGE} for no pixels,
     *         {@link QrError#IMAGE_TOO_LARGE}, {@link QrError#BAD_IMAGE_SHAPE}
     */
    public static void checkDimensions(long width, long height, long maxPixels) {
        if (width <= 0 || height <= 0) {
            throw new RejectedException(QrError.UNREADABLE_IMAGE, "the image has no pixels");
        }
        if (width * height > maxPixels) {
            throw new RejectedException(QrError.IMAGE_TOO_LARGE,
                    "the image has " + width + " × " + height + " pixels, more than the limit of " + maxPixels);
        }
        long shortSide = Math.min(width, height);
        long longSide = Math.max(width, height);
        if (shortSide < MIN_SIDE || longSide > shortSide * MAX_ASPECT_RATIO) {
            throw new RejectedException(QrError.BAD_IMAGE_SHAPE, "the image has " + width + " × " + height
                    + " pixels; a QR code needs at least " + MIN_SIDE + " pixels a side and sides within "
                    + MAX_ASPECT_RATIO + ":1");
        }
    }

    /** Whether this module can read {@code java.desktop}: always on the class path. */
    static boolean imageIoReadable() {
        Optional<Module> desktop = ModuleLayer.boot().findModule("java.desktop");
        return desktop.isPresent() && ImageLoader.class.getModule().canRead(desktop.get());
    }

    /** @throws RejectedException {@link QrError#MISSING_IMAGE_SUPPORT} unless {@code readable} */
    static void requireImageSupport(boolean readable) {
        if (!readable) {
            throw new RejectedException(QrError.MISSING_IMAGE_SUPPORT, "reading image files needs the java.desktop "
                    + "module: add 'requires java.desktop;' to your module-info.java, or decode a LuminanceImage");
        }
    }
}
