package vn.congdanso.qr.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.QrError;

/**
 * Reads image files (any format ImageIO knows: PNG, JPEG, GIF, BMP) into luminance, headless and
 * without temporary files, refusing images whose declared size exceeds a pixel budget before
 * their pixels are decoded.
 */
public final class ImageLoader {

    private ImageLoader() {
    }

    /**
     * The luminance of the first image in {@code file}.
     *
     * @throws RejectedException {@link QrError#UNREADABLE_IMAGE} for unknown or corrupt data,
     *         {@link QrError#IMAGE_TOO_LARGE} for more than {@code maxPixels} pixels
     */
    public static Luma read(byte[] file, long maxPixels) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(file))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw unreadable("the bytes are not an image in a known format (PNG, JPEG, GIF, BMP)", null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                checkSize(reader.getWidth(0), reader.getHeight(0), maxPixels);
                return luminance(reader.read(0), maxPixels);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RejectedException rejected) {
                throw rejected;
            }
            throw unreadable("the image is corrupt or truncated", e);
        }
    }

    /**
     * The luminance of {@code image}: 0.299 R + 0.587 G + 0.114 B; transparent pixels count as white.
     *
     * @throws RejectedException {@link QrError#IMAGE_TOO_LARGE} for more than {@code maxPixels} pixels
     */
    public static Luma luminance(BufferedImage image, long maxPixels) {
        int w = image.getWidth();
        int h = image.getHeight();
        checkSize(w, h, maxPixels);
        byte[] out = new byte[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                out[y * w + x] = (byte) gray(row[x]);
            }
        }
        return new Luma(out, w, h);
    }

    private static int gray(int argb) {
        if ((argb >>> 24) == 0) {
            return 0xFF;
        }
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        return (306 * r + 601 * g + 117 * b + 0x200) >> 10;
    }

    private static void checkSize(int width, int height, long maxPixels) {
        if (width <= 0 || height <= 0) {
            throw unreadable("the image has no pixels", null);
        }
        if ((long) width * height > maxPixels) {
            throw new RejectedException(QrError.IMAGE_TOO_LARGE,
                    "the image has " + width + " × " + height + " pixels, more than the limit of " + maxPixels);
        }
    }

    private static RejectedException unreadable(String message, Throwable cause) {
        return new RejectedException(QrError.UNREADABLE_IMAGE, message, cause);
    }
}
