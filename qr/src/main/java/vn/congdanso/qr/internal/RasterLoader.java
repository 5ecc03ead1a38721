package vn.congdanso.qr.internal;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.QrError;

/**
 * Decodes an image file with ImageIO and takes its luminance from the raster's samples, as zxing's
 * {@code BufferedImageLuminanceSource} does for 8-bit grey: grey images give their samples
 * (scaled to 8 bits), colour images 0.299 R + 0.587 G + 0.114 B of their samples, palettes the
 * same of their entries. Nothing goes through {@code getRGB}, whose conversion of linear grey to
 * sRGB squeezes the dark half of the range. Alpha is composited over white.
 */
final class RasterLoader {

    /** Larger images are decoded subsampled (every n-th pixel of every n-th row) to at most this. */
    static final long WORKING_PIXELS = 4_000_000L;

    private RasterLoader() {
    }

    static Luma read(byte[] file, long maxPixels, BooleanSupplier expired) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(file))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw unreadable("the bytes are not an image in a known format (PNG, JPEG, GIF, BMP)", null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                ImageLoader.checkDimensions(width, height, maxPixels);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(width, height);
                param.setSourceSubsampling(step, step, 0, 0);
                StopWhenExpired stop = new StopWhenExpired(expired);
                reader.addIIOReadProgressListener(stop);
                BufferedImage image = reader.read(0, param);
                if (stop.stopped) {
                    throw new RejectedException(QrError.NOT_FOUND,
                            "no QR code could be read from the image within the time budget: decoding the file took it all");
                }
                return luminance(image);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RejectedException rejected) {
                throw rejected;
            }
            throw unreadable("the image is corrupt, truncated or of a kind ImageIO does not read", e);
        }
    }

    /** The smallest step that brings {@code width × height} to at most {@link #WORKING_PIXELS}. */
    static int subsampling(long width, long height) {
        int step = 1;
        while ((width + step - 1) / step * ((height + step - 1) / step) > WORKING_PIXELS) {
            step++;
        }
        return step;
    }

    /** The luminance of {@code image}'s samples; transparent pixels count as white. */
    static Luma luminance(BufferedImage image) {
        ColorModel model = image.getColorModel();
        Raster raster = image.getRaster();
        int w = raster.getWidth();
        int h = raster.getHeight();
        byte[] out = new byte[Math.multiplyExact(w, h)];
        if (model instanceof IndexColorModel palette) {
            palette(raster, palette, out);
            return new Luma(out, w, h);
        }
        int space = model.getColorSpace().getType();
        if (space == ColorSpace.TYPE_CMYK) {
            throw new RejectedException(QrError.UNSUPPORTED_COLOR_SPACE,
                    "the image is in CMYK, whose conversion depends on the print profile; save it as RGB or grey");
        }
        int colours = model.getNumColorComponents();
        boolean components = model.getNumComponents() == raster.getNumBands() && samplesFitTables(raster);
        if (components && space == ColorSpace.TYPE_GRAY && colours == 1
                || components && space == ColorSpace.TYPE_RGB && colours == 3) {
            samples(raster, model, out);
        } else {
            converted(image, out);
        }
        return new Luma(out, w, h);
    }

    private static boolean samplesFitTables(Raster raster) {
        for (int size : raster.getSampleModel().getSampleSize()) {
            if (size > 16) {
                return false;
            }
        }
        return raster.getSampleModel().getDataType() != DataBuffer.TYPE_FLOAT
                && raster.getSampleModel().getDataType() != DataBuffer.TYPE_DOUBLE;
    }

    private static void palette(Raster raster, IndexColorModel palette, byte[] out) {
        int[] table = new int[1 << Math.min(16, Math.max(1, raster.getSampleModel().getSampleSize(0)))];
        for (int i = 0; i < palette.getMapSize() && i < table.length; i++) {
            int argb = palette.getRGB(i);
            table[i] = overWhite(rgbLuma(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF), argb >>> 24, false);
        }
        int w = raster.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < raster.getHeight(); y++) {
            raster.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                int index = row[x];
                out[y * w + x] = (byte) (index < table.length ? table[index] : 0);
            }
        }
    }

    private static void samples(Raster raster, ColorModel model, byte[] out) {
        int bands = raster.getNumBands();
        int[][] to8 = new int[bands][];
        for (int b = 0; b < bands; b++) {
            to8[b] = scaleTable(raster.getSampleModel().getSampleSize(b));
        }
        boolean grey = model.getNumColorComponents() == 1;
        int alpha = model.hasAlpha() ? bands - 1 : -1;
        boolean premultiplied = model.isAlphaPremultiplied();
        int w = raster.getWidth();
        int[] row = new int[w * bands];
        for (int y = 0; y < raster.getHeight(); y++) {
            raster.getPixels(0, y, w, 1, row);
            for (int x = 0, i = 0; x < w; x++, i += bands) {
                int luma = grey ? to8[0][row[i]]
                        : rgbLuma(to8[0][row[i]], to8[1][row[i + 1]], to8[2][row[i + 2]]);
                out[y * w + x] = (byte) (alpha < 0 ? luma : overWhite(luma, to8[alpha][row[i + alpha]], premultiplied));
            }
        }
    }

    /** Colour spaces other than grey, RGB and CMYK (such as Lab from TIFF): their conversion to sRGB. */
    private static void converted(BufferedImage image, byte[] out) {
        int w = image.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                out[y * w + x] = (byte) overWhite(rgbLuma(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF),
                        argb >>> 24, false);
            }
        }
    }

    /** Maps every sample value of {@code bits} bits to 0–255, rounding. */
    private static int[] scaleTable(int bits) {
        int size = 1 << Math.min(16, Math.max(1, bits));
        int max = size - 1;
        int[] table = new int[size];
        for (int v = 0; v < size; v++) {
            table[v] = (v * 255 + max / 2) / max;
        }
        return table;
    }

    /** zxing's weights: (306 R + 601 G + 117 B + 512) / 1024. */
    private static int rgbLuma(int r, int g, int b) {
        return (306 * r + 601 * g + 117 * b + 0x200) >> 10;
    }

    private static int overWhite(int luma, int alpha, boolean premultiplied) {
        if (alpha == 0xFF) {
            return luma;
        }
        int white = 0xFF - alpha;
        return premultiplied ? Math.min(0xFF, luma + white) : (luma * alpha + 0xFF * white + 0x7F) / 0xFF;
    }

    /** Aborts the read, between rows, once the time budget is spent. */
    private static final class StopWhenExpired implements IIOReadProgressListener {

        private final BooleanSupplier expired;
        private boolean stopped;

        StopWhenExpired(BooleanSupplier expired) {
            this.expired = expired;
        }

        @Override
        public void imageProgress(ImageReader source, float percentageDone) {
            if (!stopped && expired.getAsBoolean()) {
                stopped = true;
                source.abort();
            }
        }

        @Override
        public void sequenceStarted(ImageReader source, int minIndex) {
            // only progress matters
        }

        @Override
        public void sequenceComplete(ImageReader source) {
            // only progress matters
        }

        @Override
        public void imageStarted(ImageReader source, int imageIndex) {
            // only progress matters
        }

        @Override
        public void imageComplete(ImageReader source) {
            // only progress matters
        }

        @Override
        public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
            // thumbnails are not read
        }

        @Override
        public void thumbnailProgress(ImageReader source, float percentageDone) {
            // thumbnails are not read
        }

        @Override
        public void thumbnailComplete(ImageReader source) {
            // thumbnails are not read
        }

        @Override
        public void readAborted(ImageReader source) {
            // stopped is already set
        }
    }

    private static RejectedException unreadable(String message, Throwable cause) {
        return new RejectedException(QrError.UNREADABLE_IMAGE, message, cause);
    }
}
