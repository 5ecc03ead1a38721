package vn.congdanso.qr.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.PngOptions;
import vn.congdanso.qr.QrEncoder;
import vn.congdanso.qr.QrError;
import vn.congdanso.qr.QrImage;
import vn.congdanso.qr.TestImages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageLoaderTest {

    private static final java.util.function.BooleanSupplier NEVER = () -> false;

    private static final int MUTATIONS = 100_000;
    private static final long SAFETY_NANOS = 120_000_000_000L;

    @Test
    void readsTheLuminanceOfEverySupportedFormat() throws IOException {
        for (byte[] file : seeds()) {
            Luma luma = ImageLoader.read(file, 1_000_000, NEVER);

            assertThat(luma.width()).isPositive();
            assertThat(luma.pixels()).hasSize(luma.width() * luma.height());
        }
    }

    @Test
    void rejectsBytesThatAreNoImage() {
        assertThatThrownBy(() -> ImageLoader.read("not an image".getBytes(), 1_000_000, NEVER))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(QrError.UNREADABLE_IMAGE));
    }

    @Test
    void rejectsImagesOverThePixelLimitBeforeDecodingThem() throws IOException {
        byte[] png = seeds().get(0);

        assertThatThrownBy(() -> ImageLoader.read(png, 100, NEVER)).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(QrError.IMAGE_TOO_LARGE));
    }

    /** 100 000 seeded mutations of PNG, JPEG, GIF and BMP files: only rejections come out. */
    @Test
    void hundredThousandMutatedFilesRaiseOnlyRejections() throws IOException {
        List<byte[]> seeds = seeds();
        Random random = new Random(20261129L);
        long deadline = System.nanoTime() + SAFETY_NANOS;
        int cases = 0;
        for (; cases < MUTATIONS && System.nanoTime() < deadline; cases++) {
            byte[] input = mutate(seeds.get(cases % seeds.size()), random);
            try {
                ImageLoader.read(input, 250_000, NEVER);
            } catch (RejectedException expected) {
                assertThat(expected.code()).isIn(QrError.UNREADABLE_IMAGE, QrError.IMAGE_TOO_LARGE, QrError.BAD_IMAGE_SHAPE, QrError.UNSUPPORTED_COLOR_SPACE);
            }
        }

        assertThat(cases).isEqualTo(MUTATIONS);
    }

    private static List<byte[]> seeds() throws IOException {
        BufferedImage image = TestImages.toBufferedImage(QrEncoder.standard().encode("Hồ sơ 1.001612"), 1, 2);
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(QrImage.png(QrEncoder.standard().encode("1.001612"), PngOptions.builder().scale(1).build()));
        for (String format : List.of("jpg", "gif", "bmp")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(rgb, format, out);
            seeds.add(out.toByteArray());
        }
        return seeds;
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] bytes = random.nextInt(8) == 0 ? Arrays.copyOf(seed, random.nextInt(seed.length)) : seed.clone();
        int flips = 1 + random.nextInt(4);
        for (int i = 0; i < flips && bytes.length > 0; i++) {
            int at = random.nextInt(Math.min(bytes.length, random.nextBoolean() ? 64 : bytes.length));
            bytes[at] = (byte) random.nextInt(256);
        }
        return bytes;
    }
}
