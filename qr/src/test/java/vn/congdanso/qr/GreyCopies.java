package vn.congdanso.qr;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;

/**
 * Grey copies of test images, as an image editor makes them: the luminance of the file's samples
 * (0.299 R + 0.587 G + 0.114 B of sRGB values; a grey image's own samples), stored in the chosen
 * image type without any colour conversion.
 */
final class GreyCopies {

    private GreyCopies() {
    }

    /** The 8-bit luminance of {@code image}'s samples, row after row. */
    static byte[] luminance(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] grey = new byte[w * h];
        boolean greySamples = image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && !(image.getColorModel() instanceof IndexColorModel);
        int bits = image.getRaster().getSampleModel().getSampleSize(0);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int value;
                if (greySamples) {
                    value = image.getRaster().getSample(x, y, 0) * 255 / ((1 << bits) - 1);
                } else {
                    int rgb = image.getRGB(x, y);
                    value = (299 * (rgb >> 16 & 0xFF) + 587 * (rgb >> 8 & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
                    if (rgb >>> 24 == 0) {
                        value = 0xFF;
                    }
                }
                grey[y * w + x] = (byte) value;
            }
        }
        return grey;
    }

    /** An 8-bit grey ({@code TYPE_BYTE_GRAY}) copy. */
    static BufferedImage grey8(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        out.getRaster().setDataElements(0, 0, image.getWidth(), image.getHeight(), luminance(image));
        return out;
    }

    /** A 16-bit grey ({@code TYPE_USHORT_GRAY}) copy, each 8-bit value v stored as 257 v. */
    static BufferedImage grey16(BufferedImage image) {
        byte[] grey = luminance(image);
        short[] wide = new short[grey.length];
        for (int i = 0; i < grey.length; i++) {
            wide[i] = (short) ((grey[i] & 0xFF) * 257);
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_USHORT_GRAY);
        out.getRaster().setDataElements(0, 0, image.getWidth(), image.getHeight(), wide);
        return out;
    }

    /**
     * A palette copy whose 256 entries are the greys in a shuffled order (index i holds grey
     * 167 i mod 256), so that a reader taking indices for greys reads noise.
     */
    static BufferedImage shuffledPalette(BufferedImage image) {
        byte[] entries = new byte[256];
        byte[] indexOf = new byte[256];
        for (int i = 0; i < 256; i++) {
            int grey = i * 167 % 256;
            entries[i] = (byte) grey;
            indexOf[grey] = (byte) i;
        }
        IndexColorModel palette = new IndexColorModel(8, 256, entries, entries, entries);
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_INDEXED,
                palette);
        byte[] grey = luminance(image);
        byte[] indices = new byte[grey.length];
        for (int i = 0; i < grey.length; i++) {
            indices[i] = indexOf[grey[i] & 0xFF];
        }
        out.getRaster().setDataElements(0, 0, image.getWidth(), image.getHeight(), indices);
        return out;
    }
}
