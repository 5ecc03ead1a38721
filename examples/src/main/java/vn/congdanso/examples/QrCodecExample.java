package vn.congdanso.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.DecodedQr;
import vn.congdanso.qr.ErrorCorrection;
import vn.congdanso.qr.PngOptions;
import vn.congdanso.qr.QrCode;
import vn.congdanso.qr.QrDecoder;
import vn.congdanso.qr.QrEncoder;
import vn.congdanso.qr.QrImage;
import vn.congdanso.qr.SvgOptions;

/** A commune's One-Stop desk prints a procedure QR code as PNG and SVG, and reads the PNG back. */
final class QrCodecExample implements Example {

    private final Path dir;

    /** Writes its images into {@code dir}, creating it if needed; they stay there after the run. */
    QrCodecExample(Path dir) {
        this.dir = dir;
    }

    private static final String DESK_TEXT = "Bộ phận Một cửa UBND xã Đoan Hùng – Đăng ký khai sinh (1.001193): "
            + "mang tờ khai, giấy chứng sinh, CCCD của cha mẹ.";

    @Override
    public String title() {
        return "qr: print a procedure QR code and read it back";
    }

    @Override
    public void run(PrintStream out) {
        QrCode code = QrEncoder.builder().errorCorrection(ErrorCorrection.Q).build().encode(DESK_TEXT);
        out.println("1. The desk text has Vietnamese diacritics, so it is encoded as UTF-8 behind an ECI: version "
                + code.version() + ", " + code.size() + "×" + code.size() + " modules, error correction "
                + code.errorCorrection() + ", ECI " + code.eci());

        QrCode link = QrEncoder.standard().encode("https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html");
        out.println("2. A plain-ASCII link needs no ECI (ECI " + link.eci() + "), so every phone camera reads it");

        createDir();
        Path png = write(dir.resolve("quay-mot-cua.png"), QrImage.png(code, PngOptions.builder().scale(6).build()));
        String svg = QrImage.svg(code, SvgOptions.builder().darkColor("#003366").build());
        Path svgFile = write(dir.resolve("quay-mot-cua.svg"), svg.getBytes(StandardCharsets.UTF_8));
        out.println("3. Wrote " + png.getFileName() + " (" + size(png) + " bytes, 1-bit PNG written without AWT) and "
                + svgFile.getFileName() + " (" + size(svgFile) + " bytes, one path)");
        out.println("   Open them: " + png + " and " + svgFile);

        DecodedQr decoded = QrDecoder.standard().decode(png);
        out.println("4. Read back from the PNG with strategy \"" + decoded.strategy() + "\": ECI " + decoded.eci()
                + ", charset " + decoded.charset().map(Object::toString).orElse("none") + ", text intact: "
                + decoded.text().equals(DESK_TEXT));
        if (!decoded.text().equals(DESK_TEXT)) {
            throw new IllegalStateException("the decoded text differs from the printed one");
        }

        try {
            QrDecoder.standard().decode("a scanned PDF, not an image".getBytes(StandardCharsets.UTF_8));
        } catch (RejectedException e) {
            out.println("5. A file that is no image is a typed error: " + e.code().id());
        }
    }

    private void createDir() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    private static Path write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
