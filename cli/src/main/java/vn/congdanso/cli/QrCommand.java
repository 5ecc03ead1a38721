package vn.congdanso.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.congdanso.core.CongDanSoException;
import vn.congdanso.qr.DecodedQr;
import vn.congdanso.qr.ErrorCorrection;
import vn.congdanso.qr.QrCode;
import vn.congdanso.qr.QrDecoder;
import vn.congdanso.qr.QrEncoder;

/** {@code qr encode} and {@code qr decode}: QR codes to and from image files. */
@Command(name = "qr", description = "Encode text into QR images and read QR codes from images.",
        mixinStandardHelpOptions = true,
        subcommands = {QrCommand.Encode.class, QrCommand.Decode.class})
final class QrCommand {

    @Command(name = "encode", description = "Writes TEXT as a QR code to an SVG or PNG file.")
    static final class Encode implements Callable<Integer> {

        @Mixin
        Output output;

        @Spec
        CommandSpec spec;

        @Option(names = "--text", required = true, description = "The text, or @file to read it from.")
        String text;

        @Option(names = "--ecc", defaultValue = "M", description = "Error correction: L, M, Q or H (default M).")
        ErrorCorrection ecc;

        @Option(names = "--format", description = "svg or png (default: from the --out extension, else png).")
        QrFiles.Format format;

        @Option(names = "--out", required = true, description = "The image file to write.")
        Path out;

        @Override
        public Integer call() {
            QrCode code = QrEncoder.builder().errorCorrection(ecc).build().encode(Inputs.textOrFile(spec, text));
            QrFiles.Format chosen = format != null ? format : QrFiles.formatOf(out);
            QrFiles.write(code, out, chosen);
            if (output.json()) {
                output.printJson(output.object().put("file", out.toString())
                        .put("format", chosen.name().toLowerCase(Locale.ROOT))
                        .put("version", code.version()).put("size", code.size())
                        .put("errorCorrection", code.errorCorrection().name()).put("eci", code.eci()));
            } else {
                output.println("wrote " + out + ": QR version " + code.version() + " (" + code.size() + "×"
                        + code.size() + " modules), error correction " + code.errorCorrection()
                        + (code.eci() ? ", UTF-8 with ECI" : ""));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "decode", description = "Reads the QR code in each image FILE (PNG, JPEG, GIF, BMP), in order.")
    static final class Decode implements Callable<Integer> {

        @Mixin
        Output output;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Image files.")
        List<Path> files;

        @Override
        public Integer call() {
            QrDecoder decoder = QrDecoder.standard();
            boolean failed = false;
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                if (!output.json() && files.size() > 1) {
                    output.progress("[" + (i + 1) + "/" + files.size() + "] " + Inputs.shown(file));
                }
                try {
                    success(file, decoder.decode(file));
                } catch (CongDanSoException e) {
                    failure(file, e);
                    failed = true;
                }
            }
            return failed ? ExitCodes.INVALID : ExitCodes.OK;
        }

        private void success(Path file, DecodedQr decoded) {
            if (output.json()) {
                output.printJson(output.object().put("file", Inputs.shown(file)).put("ok", true)
                        .put("text", decoded.text()));
            } else {
                output.println(files.size() > 1 ? Inputs.shown(file) + ": " + decoded.text() : decoded.text());
            }
        }

        private void failure(Path file, CongDanSoException e) {
            if (output.json()) {
                ObjectNode node = output.object().put("file", Inputs.shown(file)).put("ok", false);
                node.set("error", Output.errorNode(e));
                output.printJson(node);
            } else {
                output.progress(Inputs.shown(file) + ": " + Output.errorText(e));
            }
        }
    }
}
