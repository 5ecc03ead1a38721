package vn.congdanso.qr;

import java.util.Arrays;

import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/**
 * A grayscale image, one byte of luminance (0 black to 255 white) per pixel, row after row, as
 * camera pipelines deliver it (for example the Y plane of a YUV frame). Immutable: the pixels
 * are copied in.
 */
public final class LuminanceImage {

    private final byte[] pixels;
    private final int width;
    private final int height;

    private LuminanceImage(byte[] pixels, int width, int height) {
        this.pixels = pixels;
        this.width = width;
        this.height = height;
    }

    /**
     * The image of {@code width × height} pixels held in {@code pixels}, which is copied.
     *
     * @throws RejectedException {@link QrError#UNREADABLE_IMAGE} when a side is not positive or
     *         {@code pixels} does not hold exactly {@code width × height} bytes
     */
    public static LuminanceImage of(byte[] pixels, int width, int height) {
        requireNonNull(pixels, "pixels == null");
        if (width <= 0 || height <= 0 || (long) width * height != pixels.length) {
            throw new RejectedException(QrError.UNREADABLE_IMAGE, "a luminance image of " + width + " × " + height
                    + " pixels needs exactly that many bytes, got " + pixels.length);
        }
        return new LuminanceImage(pixels.clone(), width, height);
    }

    /** Width in pixels. */
    public int width() {
        return width;
    }

    /** Height in pixels. */
    public int height() {
        return height;
    }

    /** A copy of the pixels, row after row. */
    public byte[] pixels() {
        return pixels.clone();
    }

    byte[] pixelsShared() {
        return pixels;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LuminanceImage that && width == that.width && height == that.height
                && Arrays.equals(pixels, that.pixels);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(pixels);
    }

    @Override
    public String toString() {
        return "LuminanceImage[" + width + " × " + height + "]";
    }
}
