package vn.congdanso.bench.qr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.qr.LuminanceImage;
import vn.congdanso.qr.QrDecoder;

/**
 * Reading the photo corpus (ZXing black-box QR sets 1–3, 97 images at 0°, 90°, 180° and 270°:
 * 388 image-rotations) with {@link QrDecoder#standard()} and with plain zxing 3.5.4
 * (MultiFormatReader, HybridBinarizer, TRY_HARDER), both from decoded {@link BufferedImage}s.
 * One operation is one image; the score is images per second, averaged over the corpus, misses
 * included. Run from the repository root (the corpus is {@code ../shared/corpus/qr-photos}, or
 * set {@code -Dcongdanso.shared=DIR}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QrDecodeBenchmark {

    private static final int IMAGE_ROTATIONS = 388;
    private static final Map<DecodeHintType, Object> TRY_HARDER = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);

    private final List<BufferedImage> images = new ArrayList<>();
    private final List<LuminanceImage> luminance = new ArrayList<>();
    private final QrDecoder decoder = QrDecoder.standard();

    @Setup
    public void loadCorpus() throws IOException {
        Path corpus = Path.of(System.getProperty("congdanso.shared", "../shared"), "corpus", "qr-photos");
        for (String set : List.of("set-1", "set-2", "set-3")) {
            try (Stream<Path> files = Files.list(corpus.resolve(set))) {
                for (Path file : files.sorted().toList()) {
                    if (!file.getFileName().toString().endsWith(".txt")) {
                        BufferedImage image = ImageIO.read(file.toFile());
                        for (int quarter = 0; quarter < 4; quarter++) {
                            images.add(rotate(image, quarter));
                        }
                    }
                }
            }
        }
        if (images.size() != IMAGE_ROTATIONS) {
            throw new IllegalStateException("expected 388 image-rotations in " + corpus + ", found " + images.size());
        }
        images.forEach(image -> luminance.add(luminance(image)));
    }

    @Benchmark
    @OperationsPerInvocation(IMAGE_ROTATIONS)
    public int congdanso() {
        int read = 0;
        for (LuminanceImage image : luminance) {
            try {
                read += decoder.decode(image).text().length() > 0 ? 1 : 0;
            } catch (CongDanSoException e) {
                read += 0;
            }
        }
        return read;
    }

    @Benchmark
    @OperationsPerInvocation(IMAGE_ROTATIONS)
    public int plainZxing() {
        int read = 0;
        for (BufferedImage image : images) {
            try {
                BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
                read += new MultiFormatReader().decode(bitmap, TRY_HARDER).getText().length() > 0 ? 1 : 0;
            } catch (ReaderException e) {
                read += 0;
            }
        }
        return read;
    }

    /** The same luminance zxing's BufferedImageLuminanceSource computes, so both read equal pixels. */
    private static LuminanceImage luminance(BufferedImage image) {
        BufferedImageLuminanceSource source = new BufferedImageLuminanceSource(image);
        return LuminanceImage.of(source.getMatrix(), source.getWidth(), source.getHeight());
    }

    private static BufferedImage rotate(BufferedImage source, int quarterTurns) {
        int w = source.getWidth();
        int h = source.getHeight();
        boolean swap = quarterTurns % 2 == 1;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = source.getRGB(x, y);
                switch (quarterTurns) {
                    case 0 -> out.setRGB(x, y, rgb);
                    case 1 -> out.setRGB(h - 1 - y, x, rgb);
                    case 2 -> out.setRGB(w - 1 - x, h - 1 - y, rgb);
                    default -> out.setRGB(y, w - 1 - x, rgb);
                }
            }
        }
        return out;
    }
}
