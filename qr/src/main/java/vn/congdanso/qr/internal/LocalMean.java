package vn.congdanso.qr.internal;

import com.google.zxing.common.BitMatrix;

/**
 * Binarization against the mean of a square window around each pixel (Bradley's method), from an
 * integral image: linear in the pixel count whatever the window. A pixel is dark when it is more
 * than a tenth below its window's mean, so that flat areas stay light.
 */
final class LocalMean {

    private LocalMean() {
    }

    /** The integral image of {@code image}: sums over every rectangle from the origin, one row and column larger. */
    static long[] integral(Luma image) {
        int w = image.width();
        int h = image.height();
        long[] integral = new long[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++) {
            long row = 0;
            for (int x = 0; x < w; x++) {
                row += image.at(x, y);
                integral[(y + 1) * (w + 1) + x + 1] = integral[y * (w + 1) + x + 1] + row;
            }
        }
        return integral;
    }

    /** {@code image} binarized against windows of {@code window} pixels, from its {@link #integral}. */
    static BitMatrix binarize(Luma image, long[] integral, int window) {
        int w = image.width();
        int h = image.height();
        BitMatrix out = new BitMatrix(w, h);
        int half = window / 2;
        for (int y = 0; y < h; y++) {
            int y0 = Math.max(0, y - half);
            int y1 = Math.min(h, y + half + 1);
            for (int x = 0; x < w; x++) {
                int x0 = Math.max(0, x - half);
                int x1 = Math.min(w, x + half + 1);
                long sum = integral[y1 * (w + 1) + x1] - integral[y0 * (w + 1) + x1]
                        - integral[y1 * (w + 1) + x0] + integral[y0 * (w + 1) + x0];
                long area = (long) (x1 - x0) * (y1 - y0);
                if (image.at(x, y) * area * 10 < sum * 9) {
                    out.set(x, y);
                }
            }
        }
        return out;
    }
}
