package vn.congdanso.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.card.CardWarning;
import vn.congdanso.identity.card.CitizenCardQr;
import vn.congdanso.identity.card.Province;
import vn.congdanso.qr.QrDecoder;

@Command(name = "cccd", description = "The chip ID card (CCCD): its QR code.",
        subcommands = {CccdCommand.Parse.class, CccdCommand.Scan.class})
final class CccdCommand {

    @Command(name = "parse", description = "Parses the text of the card's QR code. Exit 1 when it is invalid.")
    static final class Parse implements Callable<Integer> {

        @Mixin
        Output output;

        @Parameters(paramLabel = "QR_TEXT", description = "The QR text (id|old id|name|birth|sex|address|issue), or @file.")
        String text;

        @Override
        public Integer call() {
            CitizenCardQr card;
            try {
                card = CitizenCardQr.parse(Inputs.textOrFile(text));
            } catch (RejectedException e) {
                return output.fail(e);
            }
            return report(output, card);
        }
    }

    @Command(name = "scan", description = "Reads the card's QR code from a photo and parses it. Exit 1 when no valid"
            + " card QR is found.")
    static final class Scan implements Callable<Integer> {

        @Mixin
        Output output;

        @Parameters(paramLabel = "IMAGE", description = "A PNG, JPEG or GIF photo of the card.")
        Path image;

        @Override
        public Integer call() {
            CitizenCardQr card;
            try {
                card = CitizenCardQr.parse(QrDecoder.standard().decode(Inputs.requireReadable(image)).text());
            } catch (RejectedException e) {
                return output.fail(e);
            }
            return report(output, card);
        }
    }

    private static int report(Output output, CitizenCardQr card) {
        if (output.json()) {
            output.printJson(json(output, card));
        } else {
            printText(output, card);
        }
        return ExitCodes.OK;
    }

    private static ObjectNode json(Output output, CitizenCardQr card) {
        ObjectNode node = output.result(true)
                .put("idNumber", card.citizenId().digits())
                .put("oldIdNumber", card.oldIdNumber().orElse(null))
                .put("fullName", card.fullName())
                .put("birthDate", card.birthDate().toString())
                .put("sex", card.sex().code())
                .put("address", card.address())
                .put("issueDate", card.issueDate().toString())
                .put("provinceCode", card.citizenId().provinceCode())
                .put("provinceName", card.citizenId().province().map(Province::name).orElse(null));
        ArrayNode warnings = node.putArray("warnings");
        card.warnings().forEach(w -> warnings.add(w.name()));
        return node;
    }

    private static void printText(Output output, CitizenCardQr card) {
        output.println("valid card QR");
        output.println("ID number:   " + card.citizenId().digits());
        output.println("Old ID:      " + card.oldIdNumber().orElse("-"));
        output.println("Full name:   " + card.fullName());
        output.println("Birth date:  " + card.birthDate());
        output.println("Sex:         " + card.sex().code() + " (" + card.sexText() + ")");
        output.println("Address:     " + card.address());
        output.println("Issue date:  " + card.issueDate());
        output.println("Province:    " + card.citizenId().provinceCode() + " " + card.citizenId().province()
                .map(p -> p.name() + " (since 2025: " + p.since2025() + ")").orElse("(unknown code)"));
        output.println("Warnings:    " + (card.warnings().isEmpty() ? "none"
                : String.join(", ", card.warnings().stream().map(CardWarning::name).toList())));
    }
}
