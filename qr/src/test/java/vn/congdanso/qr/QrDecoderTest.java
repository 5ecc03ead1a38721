package vn.congdanso.qr;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QrDecoderTest {

    private static final String VIETNAMESE = "Đăng ký thường trú – Công an xã Đoan Hùng";
    private static final QrDecoder DECODER = QrDecoder.standard();

    @Test
    void decodesPngFileBytes() {
        byte[] png = QrImage.png(QrEncoder.standard().encode(VIETNAMESE));

        DecodedQr decoded = DECODER.decode(png);

        assertThat(decoded.text()).isEqualTo(VIETNAMESE);
        assertThat(decoded.strategy()).isEqualTo("hybrid");
    }

    @Test
    void decodesFileAtPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("desk.png");
        Files.write(file, QrImage.png(QrEncoder.standard().encode("1.001612")));

        assertThat(DECODER.decode(file).text()).isEqualTo("1.001612");
        assertThat(DECODER.decodeAll(file)).extracting(DecodedQr::text).containsExactly("1.001612");
    }

    @Test
    void decodesRawLuminance() {
        BufferedImage image = TestImages.toBufferedImage(QrEncoder.standard().encode(VIETNAMESE), 3, 4);
        byte[] pixels = new byte[image.getWidth() * image.getHeight()];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) image.getRGB(i % image.getWidth(), i / image.getWidth());
        }

        DecodedQr decoded = DECODER.decode(LuminanceImage.of(pixels, image.getWidth(), image.getHeight()));

        assertThat(decoded.text()).isEqualTo(VIETNAMESE);
    }

    @Test
    void readsAsciiWithoutEci() {
        DecodedQr decoded = DECODER.decode(QrImage.png(QrEncoder.standard().encode("https://dichvucong.gov.vn/")));

        assertThat(decoded.eci()).isFalse();
        assertThat(decoded.charset()).contains(StandardCharsets.UTF_8);
        assertThat(decoded.errorCorrection()).contains(ErrorCorrection.M);
    }

    @Test
    void prefersUtf8WhenNoEciIsDeclared() throws Exception {
        String latin1View = new String(VIETNAMESE.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        BitMatrix matrix = new QRCodeWriter().encode(latin1View, BarcodeFormat.QR_CODE, 200, 200);

        DecodedQr decoded = DECODER.decode(TestImages.luminance(toImage(matrix)));

        assertThat(decoded.eci()).isFalse();
        assertThat(decoded.text()).isEqualTo(VIETNAMESE);
        assertThat(decoded.charset()).contains(StandardCharsets.UTF_8);
    }

    @Test
    void fallsBackToGuessedCharsetWhenBytesAreNotUtf8() throws Exception {
        BitMatrix matrix = new QRCodeWriter().encode("Caf\u00e9 cr\u00e8me", BarcodeFormat.QR_CODE, 200, 200);

        DecodedQr decoded = DECODER.decode(TestImages.luminance(toImage(matrix)));

        assertThat(decoded.text()).isEqualTo("Caf\u00e9 cr\u00e8me");
        assertThat(decoded.charset()).isNotEqualTo(java.util.Optional.of(StandardCharsets.UTF_8));
    }

    @Test
    void readsLightCodeOnDarkBackground() {
        BufferedImage image = TestImages.toBufferedImage(QrEncoder.standard().encode(VIETNAMESE), 4, 4);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, ~image.getRGB(x, y) | 0xFF000000);
            }
        }

        DecodedQr decoded = DECODER.decode(TestImages.luminance(image));

        assertThat(decoded.text()).isEqualTo(VIETNAMESE);
        assertThat(decoded.strategy()).isEqualTo("hybrid, inverted");
    }

    @Test
    void decodesEveryCodeInAnImage() {
        BufferedImage first = TestImages.toBufferedImage(QrEncoder.standard().encode("1.001612"), 4, 4);
        BufferedImage second = TestImages.toBufferedImage(QrEncoder.standard().encode(VIETNAMESE), 4, 4);
        BufferedImage both = new BufferedImage(first.getWidth() + second.getWidth(),
                Math.max(first.getHeight(), second.getHeight()), BufferedImage.TYPE_INT_RGB);
        fillWhite(both);
        both.getGraphics().drawImage(first, 0, 0, null);
        both.getGraphics().drawImage(second, first.getWidth(), 0, null);

        List<DecodedQr> all = DECODER.decodeAll(TestImages.luminance(both));

        assertThat(all).extracting(DecodedQr::text).containsExactlyInAnyOrder("1.001612", VIETNAMESE);
    }

    @Test
    void rejectsImageWithoutCodeAsNotFound() {
        BufferedImage blank = new BufferedImage(120, 120, BufferedImage.TYPE_INT_RGB);
        fillWhite(blank);

        assertThatThrownBy(() -> DECODER.decode(TestImages.luminance(blank))).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(QrError.NOT_FOUND));
        assertThatThrownBy(() -> DECODER.decodeAll(TestImages.luminance(blank))).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(QrError.NOT_FOUND));
    }

    @Test
    void rejectsBytesThatAreNoImage() {
        assertThatThrownBy(() -> DECODER.decode("not an image".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(QrError.UNREADABLE_IMAGE));
        assertThatThrownBy(() -> DECODER.decode(new byte[0])).isInstanceOf(RejectedException.class);
    }

    @Test
    void rejectsMissingFileAsUnreadable(@TempDir Path dir) {
        assertThatThrownBy(() -> DECODER.decode(dir.resolve("missing.png")))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(QrError.UNREADABLE_IMAGE));
    }

    @Test
    void rejectsImagesAbovePixelLimitBeforeDecodingThem() {
        QrDecoder small = QrDecoder.builder().maxPixels(10_000).build();
        byte[] png = QrImage.png(QrEncoder.standard().encode("1.001612"));

        assertThatThrownBy(() -> small.decode(png)).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(QrError.IMAGE_TOO_LARGE));
    }

    @Test
    void stopsStartingAttemptsOnceTheBudgetIsSpent() {
        AtomicLong clock = new AtomicLong();
        AtomicLong calls = new AtomicLong();
        QrDecoder decoder = QrDecoder.builder().timeBudget(Duration.ofMillis(5))
                .nanoTime(() -> {
                    calls.incrementAndGet();
                    return clock.addAndGet(Duration.ofMillis(10).toNanos());
                })
                .build();
        BufferedImage blank = new BufferedImage(120, 120, BufferedImage.TYPE_INT_RGB);

        assertThatThrownBy(() -> decoder.decode(TestImages.luminance(blank))).isInstanceOfSatisfying(RejectedException.class, e -> {
            assertThat(e.code()).isEqualTo(QrError.NOT_FOUND);
            assertThat(e.getMessage()).contains("time budget");
        });
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void plainDecoderTriesOnlyUntreatedImages() {
        QrDecoder plain = QrDecoder.builder().tryRotations(false).tryRescaling(false).tryInversion(false).build();
        BufferedImage image = TestImages.toBufferedImage(QrEncoder.standard().encode(VIETNAMESE), 4, 4);

        assertThat(plain.decode(TestImages.luminance(image)).text()).isEqualTo(VIETNAMESE);
        assertThat(plain.toString()).contains("rotations=false");
    }

    @Test
    void rejectsTimeBudgetOutOfRange() {
        assertThatThrownBy(() -> QrDecoder.builder().timeBudget(Duration.ZERO))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(QrError.BAD_OPTION));
        assertThatThrownBy(() -> QrDecoder.builder().timeBudget(Duration.ofDays(365_000_000L)))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> QrDecoder.builder().maxPixels(0)).isInstanceOf(RejectedException.class);
    }

    private static BufferedImage toImage(BitMatrix matrix) {
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0 : 0xFFFFFF);
            }
        }
        return image;
    }

    private static void fillWhite(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, 0xFFFFFF);
            }
        }
    }
}
