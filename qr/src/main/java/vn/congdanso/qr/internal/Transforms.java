package vn.congdanso.qr.internal;

/** Image treatments the decoder tries when the plain image does not read. */
final class Transforms {

    private static final int CLIP_PERCENT = 1;

    private Transforms() {
    }

    /** {@code image} turned clockwise by {@code quarterTurns} × 90°. */
    static Luma rotate(Luma image, int quarterTurns) {
        int w = image.width();
        int h = image.height();
        boolean swap = quarterTurns % 2 == 1;
        int outWidth = swap ? h : w;
        byte[] out = new byte[w * h];
        byte[] in = image.pixels();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int target = switch (quarterTurns) {
                    case 1 -> x * outWidth + (h - 1 - y);
                    case 2 -> (h - 1 - y) * outWidth + (w - 1 - x);
                    default -> (w - 1 - x) * outWidth + y;
                };
                out[target] = in[y * w + x];
            }
        }
        return new Luma(out, outWidth, swap ? w : h);
    }

    /** {@code image} shrunk by the integer {@code factor}, each pixel the mean of its block. */
    static Luma downscale(Luma image, int factor) {
        int w = image.width() / factor;
        int h = image.height() / factor;
        byte[] out = new byte[w * h];
        int area = factor * factor;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sum = 0;
                for (int dy = 0; dy < factor; dy++) {
                    for (int dx = 0; dx < factor; dx++) {
                        sum += image.at(x * factor + dx, y * factor + dy);
                    }
                }
                out[y * w + x] = (byte) (sum / area);
            }
        }
        return new Luma(out, w, h);
    }

    /** {@code image} enlarged twice with bilinear interpolation, which smooths blocky small codes. */
    static Luma upscale2(Luma image) {
        int w = image.width();
        int h = image.height();
        int outWidth = w * 2;
        byte[] out = new byte[outWidth * h * 2];
        for (int y = 0; y < h * 2; y++) {
            int y0 = clamp((y - 1) >> 1, h);
            int y1 = clamp(((y - 1) >> 1) + 1, h);
            int fy = (y & 1) == 0 ? 3 : 1;
            for (int x = 0; x < outWidth; x++) {
                int x0 = clamp((x - 1) >> 1, w);
                int x1 = clamp(((x - 1) >> 1) + 1, w);
                int fx = (x & 1) == 0 ? 3 : 1;
                int top = image.at(x0, y0) * (4 - fx) + image.at(x1, y0) * fx;
                int bottom = image.at(x0, y1) * (4 - fx) + image.at(x1, y1) * fx;
                out[y * outWidth + x] = (byte) ((top * (4 - fy) + bottom * fy + 8) / 16);
            }
        }
        return new Luma(out, outWidth, h * 2);
    }

    private static int clamp(int index, int size) {
        return Math.max(0, Math.min(size - 1, index));
    }

    /** {@code image} with its darkest and lightest percent clipped and the rest spread over 0–255. */
    static Luma stretchContrast(Luma image) {
        byte[] in = image.pixels();
        int[] histogram = new int[256];
        for (byte b : in) {
            histogram[b & 0xFF]++;
        }
        int clip = in.length * CLIP_PERCENT / 100;
        int low = 0;
        int seen = histogram[0];
        while (low < 255 && seen <= clip) {
            seen += histogram[++low];
        }
        int high = 255;
        seen = histogram[255];
        while (high > 0 && seen <= clip) {
            seen += histogram[--high];
        }
        if (high <= low) {
            return image;
        }
        byte[] out = new byte[in.length];
        int range = high - low;
        for (int i = 0; i < in.length; i++) {
            int v = ((in[i] & 0xFF) - low) * 255 / range;
            out[i] = (byte) Math.max(0, Math.min(255, v));
        }
        return new Luma(out, image.width(), image.height());
    }

    /** {@code image} as a negative, for light codes on dark backgrounds. */
    static Luma invert(Luma image) {
        byte[] in = image.pixels();
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = (byte) (255 - (in[i] & 0xFF));
        }
        return new Luma(out, image.width(), image.height());
    }
}
