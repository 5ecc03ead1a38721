package vn.congdanso.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

        @Option(names = "--format", description = "svg or png; only needed when the --out name says neither.")
        QrFiles.Format format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The image file to write, FILE.png or FILE.svg.")
        Path out;

        @Override
        public Integer call() {
            QrFiles.Format chosen = QrFiles.formatOf(spec, out, Optional.ofNullable(format));
            QrCode code = QrEncoder.builder().errorCorrection(ecc).build().encode(Inputs.textOrFile(text));
            QrFiles.write(code, out, chosen);
            ObjectNode result = output.result(true).put("format", chosen.extension())
                    .put("version", code.version()).put("size", code.size())
                    .put("errorCorrection", code.errorCorrection().name()).put("eci", code.eci());
            output.wrote(result, out, QrFiles.describe(code, chosen));
            if (output.json()) {
                output.printJson(result);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "decode", description = {"Reads the QR code in each image FILE (PNG, JPEG, GIF, BMP), in order.",
        "With --json, one result per file, each with a \"file\" field. The exit code is the worst file's."})
    static final class Decode implements Callable<Integer> {

        @Mixin
        Output output;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Image files.")
        List<Path> files;

        @Override
        public Integer call() {
            QrDecoder decoder = QrDecoder.standard();
            int exit = ExitCodes.OK;
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                if (!output.json() && files.size() > 1) {
                    output.progress("[" + (i + 1) + "/" + files.size() + "] " + Inputs.shown(file));
                }
                try {
                    success(file, decoder.decode(Inputs.requireReadable(file)));
                } catch (CongDanSoException e) {
                    exit = Math.max(exit, failure(file, Failure.of(e)));
                } catch (LocalFileException e) {
                    exit = Math.max(exit, failure(file, Failure.of(e)));
                }
            }
            return exit;
        }

        private void success(Path file, DecodedQr decoded) {
            if (output.json()) {
                output.printJson(output.result(true).put("file", Inputs.shown(file)).put("text", decoded.text()));
            } else {
                output.println(files.size() > 1 ? Inputs.shown(file) + ": " + decoded.text() : decoded.text());
            }
        }

        private int failure(Path file, Failure failure) {
            if (output.json()) {
                output.printJson(Output.failed(failure).put("file", Inputs.shown(file)));
            } else {
                output.progress(Inputs.shown(file) + ": " + failure.toText());
            }
            return failure.exitCode();
        }
    }
}
