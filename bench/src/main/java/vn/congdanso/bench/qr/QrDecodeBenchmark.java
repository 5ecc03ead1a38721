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

import boofcv.abst.fiducial.QrCodeDetector;
import boofcv.factory.fiducial.FactoryFiducial;
import boofcv.struct.image.GrayU8;
import vn.congdanso.core.CongDanSoException;
import vn.congdanso.qr.LuminanceImage;
import vn.congdanso.qr.QrDecoder;

/**
 * Reading the photo corpus as greyscale (ZXing black-box QR sets 1–3, 97 images at 0°, 90°,
 * 180° and 270°: 388 image-rotations) with {@link QrDecoder#standard()}, with plain zxing 3.5.4
 * (MultiFormatReader, HybridBinarizer, TRY_HARDER) and with BoofCV's QR detector. The grey
 * pixels are what zxing's {@code BufferedImageLuminanceSource} computes from each original; all
 * three read the same bytes (a {@code LuminanceImage}, a {@code TYPE_BYTE_GRAY} image, a
 * {@code GrayU8}). One operation is one image; the score is images per second, averaged over
 * the corpus, misses included. Run from the repository root (the corpus is
 * {@code ../shared/corpus/qr-photos}, or set {@code -Dcongdanso.shared=DIR}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QrDecodeBenchmark {

    private static final int IMAGE_ROTATIONS = 388;
    private static final Map<DecodeHintType, Object> TRY_HARDER = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);

    private final List<LuminanceImage> luminance = new ArrayList<>();
    private final List<BufferedImage> grey = new ArrayList<>();
    private final List<GrayU8> boofGrey = new ArrayList<>();
    private final QrDecoder decoder = QrDecoder.standard();
    private final QrCodeDetector<GrayU8> boofcv = FactoryFiducial.qrcode(null, GrayU8.class);

    @Setup
    public void loadCorpus() throws IOException {
        Path corpus = Path.of(System.getProperty("congdanso.shared", "../shared"), "corpus", "qr-photos");
        for (String set : List.of("set-1", "set-2", "set-3")) {
            try (Stream<Path> files = Files.list(corpus.resolve(set))) {
                for (Path file : files.sorted().toList()) {
                    if (!file.getFileName().toString().endsWith(".txt")) {
                        BufferedImageLuminanceSource source = new BufferedImageLuminanceSource(ImageIO.read(file.toFile()));
                        for (int quarter = 0; quarter < 4; quarter++) {
                            add(rotate(source.getMatrix(), source.getWidth(), source.getHeight(), quarter),
                                    quarter % 2 == 0 ? source.getWidth() : source.getHeight(),
                                    quarter % 2 == 0 ? source.getHeight() : source.getWidth());
                        }
                    }
                }
            }
        }
        if (luminance.size() != IMAGE_ROTATIONS) {
            throw new IllegalStateException("expected 388 image-rotations in " + corpus + ", found " + luminance.size());
        }
    }

    private void add(byte[] pixels, int width, int height) {
        luminance.add(LuminanceImage.of(pixels, width, height));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setDataElements(0, 0, width, height, pixels);
        grey.add(image);
        GrayU8 boof = new GrayU8(width, height);
        System.arraycopy(pixels, 0, boof.data, 0, pixels.length);
        boofGrey.add(boof);
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
    public int zxingTryHarder() {
        int read = 0;
        for (BufferedImage image : grey) {
            try {
                BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
                read += new MultiFormatReader().decode(bitmap, TRY_HARDER).getText().length() > 0 ? 1 : 0;
            } catch (ReaderException e) {
                read += 0;
            }
        }
        return read;
    }

    @Benchmark
    @OperationsPerInvocation(IMAGE_ROTATIONS)
    public int boofcv() {
        int read = 0;
        for (GrayU8 image : boofGrey) {
            boofcv.process(image);
            read += boofcv.getDetections().isEmpty() ? 0 : 1;
        }
        return read;
    }

    private static byte[] rotate(byte[] in, int w, int h, int quarterTurns) {
        byte[] out = new byte[in.length];
        int outWidth = quarterTurns % 2 == 1 ? h : w;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int target = switch (quarterTurns) {
                    case 0 -> y * outWidth + x;
                    case 1 -> x * outWidth + (h - 1 - y);
                    case 2 -> (h - 1 - y) * outWidth + (w - 1 - x);
                    default -> (w - 1 - x) * outWidth + y;
                };
                out[target] = in[y * w + x];
            }
        }
        return out;
    }
}
