package vn.congdanso.qr.internal;

/**
 * Grayscale pixels, row after row, shared without copying between the decoder's steps: no step
 * writes to an array it did not create.
 */
public record Luma(byte[] pixels, int width, int height) {

    /** The luminance (0–255) at {@code x, y}. */
    int at(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }

    /** The luminance at a point between pixel centres, interpolated; points outside take the nearest edge. */
    double bilinear(double x, double y) {
        double fx = Math.max(0, Math.min(width - 1, x - 0.5));
        double fy = Math.max(0, Math.min(height - 1, y - 0.5));
        int x0 = (int) fx;
        int y0 = (int) fy;
        int x1 = Math.min(width - 1, x0 + 1);
        int y1 = Math.min(height - 1, y0 + 1);
        double ax = fx - x0;
        double ay = fy - y0;
        double top = at(x0, y0) * (1 - ax) + at(x1, y0) * ax;
        double bottom = at(x0, y1) * (1 - ax) + at(x1, y1) * ax;
        return top * (1 - ay) + bottom * ay;
    }
}
