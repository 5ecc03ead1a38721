package vn.congdanso.qr;

import java.awt.image.BufferedImage;

/** AWT images for tests: the SDK's API has none, so tests that draw or rotate with AWT convert here. */
public final class TestImages {

    private TestImages() {
    }

    /** A black-on-white image of {@code code}, {@code scale} pixels a module, with a quiet zone. */
    public static BufferedImage toBufferedImage(QrCode code, int scale, int quietZone) {
        int side = (code.size() + 2 * quietZone) * scale;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                boolean dark = code.isDark(x / scale - quietZone, y / scale - quietZone);
                image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }

    /** The luminance of {@code image}, 0.299 R + 0.587 G + 0.114 B of its sRGB pixels. */
    public static LuminanceImage luminance(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] pixels = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                int luma = (299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
                pixels[y * width + x] = (byte) luma;
            }
        }
        return LuminanceImage.of(pixels, width, height);
    }
}
