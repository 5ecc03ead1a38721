package vn.congdanso.bench.qr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import vn.congdanso.qr.PngOptions;
import vn.congdanso.qr.QrCode;
import vn.congdanso.qr.QrEncoder;
import vn.congdanso.qr.QrImage;

/**
 * Rendering one already-encoded symbol (a Vietnamese desk text, version 8 at M, 8 pixels per
 * module, quiet zone 4) to an image file: the SDK's own PNG writer and SVG writer against
 * zxing-javase's {@code MatrixToImageWriter}, which draws a BufferedImage and encodes it with
 * ImageIO (PNG; it has no SVG output, so it is the baseline for both).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QrRenderBenchmark {

    private static final String TEXT = "Bộ phận Một cửa UBND xã Đoan Hùng – Đăng ký khai sinh (1.001193): "
            + "tờ khai, giấy chứng sinh, CCCD của cha mẹ";

    private QrCode code;
    private BitMatrix matrix;

    @Setup
    public void encode() throws WriterException {
        code = QrEncoder.standard().encode(TEXT);
        int side = (code.size() + 8) * 8;
        matrix = new QRCodeWriter().encode(TEXT, BarcodeFormat.QR_CODE, side, side,
                Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                        EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        if (matrix.getWidth() != side) {
            throw new IllegalStateException("zxing drew " + matrix.getWidth() + " px, expected " + side);
        }
    }

    @Benchmark
    public byte[] congdansoPng() {
        return QrImage.png(code, PngOptions.defaults());
    }

    @Benchmark
    public String congdansoSvg() {
        return QrImage.svg(code);
    }

    @Benchmark
    public byte[] zxingMatrixToImageWriterPng() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MatrixToImageWriter.writeToStream(matrix, "png", out);
        return out.toByteArray();
    }
}
