package vn.congdanso.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import vn.congdanso.qr.QrCode;
import vn.congdanso.qr.QrImage;

/** Writes a QR code to an image file, as SVG or PNG, for every command with an {@code --out} option. */
final class QrFiles {

    /** Image formats the commands write. */
    enum Format {
        SVG, PNG
    }

    private QrFiles() {
    }

    /** The format a file name asks for: SVG for {@code .svg}, PNG otherwise. */
    static Format formatOf(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".svg") ? Format.SVG : Format.PNG;
    }

    /** Writes {@code code} to {@code out} in {@code format}. */
    static void write(QrCode code, Path out, Format format) {
        byte[] image = format == Format.SVG ? QrImage.svg(code).getBytes(StandardCharsets.UTF_8) : QrImage.png(code);
        try {
            Files.write(out, image);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }
}
