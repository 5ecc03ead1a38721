package vn.congdanso.qr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.CongDanSoException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds the decoder seeded random mutations of valid PNG, JPEG and GIF files, and random bytes,
 * for a bounded time: only the SDK's exceptions may come out.
 */
class QrDecoderFuzzTest {

    private static final long BUDGET_NANOS = 4_000_000_000L;
    private static final QrDecoder DECODER = QrDecoder.builder().maxPixels(4_000_000).build();

    @Test
    void mutatedImageFilesThrowOnlySdkExceptions() throws IOException {
        List<byte[]> seeds = seeds();
        Random random = new Random(20261129L);
        long end = System.nanoTime() + BUDGET_NANOS;
        int cases = 0;
        int rejected = 0;
        while (System.nanoTime() < end) {
            byte[] input = cases % 10 == 9 ? randomBytes(random) : mutate(seeds.get(cases % seeds.size()), random);
            try {
                DECODER.decode(input);
            } catch (CongDanSoException e) {
                rejected++;
            }
            cases++;
        }

        assertThat(cases).isGreaterThan(100);
        assertThat(rejected).isPositive();
    }

    private static List<byte[]> seeds() throws IOException {
        BufferedImage image = TestImages.toBufferedImage(QrEncoder.standard().encode("Hồ sơ 1.001612"), 2, 4);
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(QrImage.png(QrEncoder.standard().encode("1.001612"), PngOptions.builder().scale(2).build()));
        seeds.add(QrImage.png(QrEncoder.standard().encode("Hồ sơ"),
                PngOptions.builder().scale(2).depth(PngOptions.Depth.EIGHT_BIT).build()));
        for (String format : List.of("jpg", "gif", "bmp")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(rgb, format, out);
            seeds.add(out.toByteArray());
        }
        return seeds;
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] bytes = random.nextInt(8) == 0 ? Arrays.copyOf(seed, random.nextInt(seed.length)) : seed.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips && bytes.length > 0; i++) {
            int at = random.nextInt(Math.min(bytes.length, random.nextBoolean() ? 64 : bytes.length));
            bytes[at] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        return bytes;
    }
}
