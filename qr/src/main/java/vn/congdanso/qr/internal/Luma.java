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
}
