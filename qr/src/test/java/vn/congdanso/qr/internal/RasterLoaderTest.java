package vn.congdanso.qr.internal;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.IntFunction;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.QrError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every image type ImageIO gives, written at test time: the loader must return the samples the
 * file holds. The image is 4 × 4 blocks of 16 × 16 pixels; block k is grey 17 k (0, 17 … 255),
 * or for colour types a colour whose luminance is known.
 */
class RasterLoaderTest {

    private static final java.util.function.BooleanSupplier NEVER = () -> false;

    private static final int BLOCK = 16;
    private static final int SIDE = 4 * BLOCK;
    private static final int[] GREYS = new int[16];

    static {
        for (int k = 0; k < 16; k++) {
            GREYS[k] = 17 * k;
        }
    }

    @Test
    void readsEightBitGreyPngSamplesWithoutSrgbConversion() throws IOException {
        Luma luma = ImageLoader.read(write(grey(BufferedImage.TYPE_BYTE_GRAY, 1), "png"), 1_000_000, NEVER);

        assertBlocks(luma, GREYS, 0);
        assertThat(luma.at(BLOCK * 2, 0)).as("grey 34 stays 34, not the 99-odd of sRGB").isEqualTo(34);
    }

    @Test
    void readsSixteenBitGreyPngSamplesScaledToEightBits() throws IOException {
        assertBlocks(ImageLoader.read(write(grey(BufferedImage.TYPE_USHORT_GRAY, 257), "png"), 1_000_000, NEVER), GREYS, 0);
    }

    @Test
    void readsEightAndSixteenBitGreyWithAlphaOverWhite() throws IOException {
        for (int bits : new int[] {8, 16}) {
            int max = (1 << bits) - 1;
            ColorModel model = components(ColorSpace.CS_GRAY, bits, true);
            BufferedImage image = paint(model, k -> k == 15 ? new int[] {0, 0} : new int[] {GREYS[k] * max / 255, max});
            int[] expected = GREYS.clone();
            expected[15] = 255;

            assertBlocks(ImageLoader.read(write(image, "png"), 1_000_000, NEVER), expected, 0);
        }
    }

    @Test
    void readsPalettePngThroughItsEntriesNotItsIndices() throws IOException {
        byte[] entries = new byte[256];
        for (int i = 0; i < 256; i++) {
            entries[i] = (byte) (i * 167 % 256);
        }
        IndexColorModel palette = new IndexColorModel(8, 256, entries, entries, entries);
        BufferedImage image = paint(palette, k -> new int[] {indexOf(entries, GREYS[k])});

        assertBlocks(ImageLoader.read(write(image, "png"), 1_000_000, NEVER), GREYS, 0);
    }

    @Test
    void readsTwoBitPalettePngAndGif() throws IOException {
        byte[] entries = {0, (byte) 85, (byte) 170, (byte) 255};
        IndexColorModel palette = new IndexColorModel(2, 4, entries, entries, entries);
        BufferedImage image = paint(palette, k -> new int[] {k % 4});
        int[] expected = new int[16];
        for (int k = 0; k < 16; k++) {
            expected[k] = 85 * (k % 4);
        }

        assertBlocks(ImageLoader.read(write(image, "png"), 1_000_000, NEVER), expected, 0);
        assertBlocks(ImageLoader.read(write(image, "gif"), 1_000_000, NEVER), expected, 0);
    }

    @Test
    void readsEightAndSixteenBitRgbAndRgbaPng() throws IOException {
        for (int bits : new int[] {8, 16}) {
            for (boolean alpha : new boolean[] {false, true}) {
                int max = (1 << bits) - 1;
                ColorModel model = components(ColorSpace.CS_sRGB, bits, alpha);
                BufferedImage image = paint(model, k -> scaled(colour(k), alpha, max));

                assertBlocks(ImageLoader.read(write(image, "png"), 1_000_000, NEVER), colourLumas(), 0);
            }
        }
    }

    @Test
    void readsStandardRgbTypesAndBmp() throws IOException {
        for (int type : new int[] {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB,
                BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_INT_ARGB}) {
            BufferedImage image = new BufferedImage(SIDE, SIDE, type);
            paintRgb(image);

            assertBlocks(ImageLoader.read(write(image, "png"), 1_000_000, NEVER), colourLumas(), 0);
        }
        BufferedImage bmp = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_3BYTE_BGR);
        paintRgb(bmp);
        assertBlocks(ImageLoader.read(write(bmp, "bmp"), 1_000_000, NEVER), colourLumas(), 0);
    }

    @Test
    void compositesPremultipliedAlphaOverWhite() {
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_ARGB_PRE);
        image.getRaster().setPixel(0, 0, new int[] {0, 0, 0, 0});
        image.getRaster().setPixel(1, 0, new int[] {50, 50, 50, 100});
        image.getRaster().setPixel(2, 0, new int[] {40, 40, 40, 255});

        Luma luma = RasterLoader.luminance(image);

        assertThat(luma.at(0, 0)).isEqualTo(255);
        assertThat(luma.at(1, 0)).isEqualTo(50 + 155);
        assertThat(luma.at(2, 0)).isEqualTo(40);
    }

    @Test
    void readsGreyAndColourJpegWithinCompressionError() throws IOException {
        assertBlocks(ImageLoader.read(write(grey(BufferedImage.TYPE_BYTE_GRAY, 1), "jpg"), 1_000_000, NEVER), GREYS, 3);
        BufferedImage colour = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_3BYTE_BGR);
        paintRgb(colour);
        assertBlocks(ImageLoader.read(write(colour, "jpg"), 1_000_000, NEVER), colourLumas(), 6);
    }

    @Test
    void rejectsCmykJpegWithATypedError() throws IOException {
        ColorModel model = components(ColorSpace.TYPE_CMYK, 8, false);
        WritableRaster raster = model.createCompatibleWritableRaster(SIDE, SIDE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), null);
        } finally {
            writer.dispose();
        }

        assertThatThrownBy(() -> ImageLoader.read(out.toByteArray(), 1_000_000, NEVER))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(QrError.UNSUPPORTED_COLOR_SPACE);
                    assertThat(e.getMessage()).contains("CMYK");
                });
    }

    @Test
    void explainsMissingImageSupportOnTheModulePath() {
        assertThat(ImageLoader.imageIoReadable()).isTrue();
        assertThatThrownBy(() -> ImageLoader.requireImageSupport(false))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(QrError.MISSING_IMAGE_SUPPORT);
                    assertThat(e.getMessage()).contains("requires java.desktop");
                });
    }

    private static BufferedImage grey(int type, int scale) {
        BufferedImage image = new BufferedImage(SIDE, SIDE, type);
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                image.getRaster().setSample(x, y, 0, GREYS[block(x, y)] * scale);
            }
        }
        return image;
    }

    private static ColorModel components(int space, int bits, boolean alpha) {
        ColorSpace colorSpace = space == ColorSpace.TYPE_CMYK ? new CmykSpace() : ColorSpace.getInstance(space);
        return new ComponentColorModel(colorSpace, alpha, false, alpha ? Transparency.TRANSLUCENT : Transparency.OPAQUE,
                bits == 16 ? DataBuffer.TYPE_USHORT : DataBuffer.TYPE_BYTE);
    }

    private static BufferedImage paint(ColorModel model, IntFunction<int[]> pixelOfBlock) {
        WritableRaster raster = model.createCompatibleWritableRaster(SIDE, SIDE);
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                raster.setPixel(x, y, pixelOfBlock.apply(block(x, y)));
            }
        }
        return new BufferedImage(model, raster, false, null);
    }

    private static void paintRgb(BufferedImage image) {
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                int[] c = colour(block(x, y));
                image.setRGB(x, y, 0xFF000000 | c[0] << 16 | c[1] << 8 | c[2]);
            }
        }
    }

    private static int[] colour(int k) {
        return new int[] {(k * 53) % 256, (k * 97 + 20) % 256, (k * 31 + 200) % 256};
    }

    private static int[] scaled(int[] rgb, boolean alpha, int max) {
        int[] out = new int[alpha ? 4 : 3];
        for (int i = 0; i < 3; i++) {
            out[i] = rgb[i] * max / 255;
        }
        if (alpha) {
            out[3] = max;
        }
        return out;
    }

    private static int[] colourLumas() {
        int[] lumas = new int[16];
        for (int k = 0; k < 16; k++) {
            int[] c = colour(k);
            lumas[k] = (306 * c[0] + 601 * c[1] + 117 * c[2] + 512) >> 10;
        }
        return lumas;
    }

    private static int indexOf(byte[] entries, int grey) {
        for (int i = 0; i < entries.length; i++) {
            if ((entries[i] & 0xFF) == grey) {
                return i;
            }
        }
        throw new IllegalArgumentException("no entry " + grey);
    }

    private static int block(int x, int y) {
        return y / BLOCK * 4 + x / BLOCK;
    }

    private static void assertBlocks(Luma luma, int[] expected, int tolerance) {
        assertThat(luma.width()).isEqualTo(SIDE);
        assertThat(luma.height()).isEqualTo(SIDE);
        for (int k = 0; k < 16; k++) {
            int x = k % 4 * BLOCK + BLOCK / 2;
            int y = k / 4 * BLOCK + BLOCK / 2;
            assertThat(luma.at(x, y)).as("block %d", k).isCloseTo(expected[k],
                    org.assertj.core.data.Offset.offset(tolerance));
        }
    }

    private static byte[] write(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as("ImageIO writes %s as %s", image, format).isTrue();
        return out.toByteArray();
    }

    /** A device CMYK space, only to build a four-component raster for the JPEG writer. */
    private static final class CmykSpace extends ColorSpace {
        private static final long serialVersionUID = 1L;

        CmykSpace() {
            super(ColorSpace.TYPE_CMYK, 4);
        }

        @Override
        public float[] toRGB(float[] value) {
            return new float[] {(1 - value[0]) * (1 - value[3]), (1 - value[1]) * (1 - value[3]),
                    (1 - value[2]) * (1 - value[3])};
        }

        @Override
        public float[] fromRGB(float[] rgb) {
            return new float[] {1 - rgb[0], 1 - rgb[1], 1 - rgb[2], 0};
        }

        @Override
        public float[] toCIEXYZ(float[] value) {
            return ColorSpace.getInstance(CS_sRGB).toCIEXYZ(toRGB(value));
        }

        @Override
        public float[] fromCIEXYZ(float[] xyz) {
            return fromRGB(ColorSpace.getInstance(CS_sRGB).fromCIEXYZ(xyz));
        }
    }
}
