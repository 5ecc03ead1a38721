package vn.congdanso.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import vn.congdanso.qr.QrCode;
import vn.congdanso.qr.QrImage;

/**
 * Writes a QR code to an image file, as SVG or PNG, for every command with an {@code --out}
 * option. The format follows the file name: {@code .svg} or {@code .png}. A file named for another
 * image format ({@code .jpg}, {@code .gif}…) is refused rather than filled with PNG bytes, and so
 * is a {@code --format} that contradicts the extension; any other name needs {@code --format}.
 */
final class QrFiles {

    /** Image formats the commands write. */
    enum Format {
        SVG, PNG;

        String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Set<String> OTHER_IMAGES = Set.of("jpg", "jpeg", "gif", "bmp", "webp", "tif", "tiff", "heic", "pdf", "eps");

    private QrFiles() {
    }

    /**
     * The format to write {@code file} in: {@code requested} when given, else the one its extension
     * names. A usage error when the two disagree, when the name is another image format, or when
     * neither says.
     */
    static Format formatOf(CommandSpec spec, Path file, Optional<Format> requested) {
        String extension = extension(file);
        Optional<Format> named = Arrays.stream(Format.values())
                .filter(format -> format.extension().equals(extension)).findFirst();
        if (OTHER_IMAGES.contains(extension)) {
            throw usage(spec, "cannot write ." + extension + " files; name the --out file .png or .svg");
        }
        if (named.isPresent() && requested.isPresent() && named.get() != requested.get()) {
            throw usage(spec, "--format " + requested.get().extension() + " does not match the --out file " + file
                    + "; name it ." + requested.get().extension() + " or drop --format");
        }
        return named.or(() -> requested).orElseThrow(() ->
                usage(spec, "cannot tell the image format of " + file + "; name it .png or .svg, or give --format"));
    }

    /** Writes {@code code} to {@code out} in {@code format}; a {@link LocalFileException} when it cannot. */
    static void write(QrCode code, Path out, Format format) {
        byte[] image = format == Format.SVG ? QrImage.svg(code).getBytes(StandardCharsets.UTF_8) : QrImage.png(code);
        try {
            Files.write(out, image);
        } catch (IOException e) {
            throw LocalFileException.cannotWrite(out, e);
        }
    }

    /** {@code wrote} line text: the format and the symbol's size. */
    static String describe(QrCode code, Format format) {
        return format.name() + ", QR version " + code.version() + " (" + code.size() + "×" + code.size()
                + " modules), error correction " + code.errorCorrection() + (code.eci() ? ", UTF-8 with ECI" : "");
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static CommandLine.ParameterException usage(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
