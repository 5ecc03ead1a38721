package vn.congdanso.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.qr.QrCode;
import vn.congdanso.qr.QrEncoder;
import vn.congdanso.payments.vietqr.Bank;
import vn.congdanso.payments.vietqr.BankDirectory;
import vn.congdanso.payments.vietqr.PointOfInitiation;
import vn.congdanso.payments.vietqr.VietQr;
import vn.congdanso.payments.vietqr.VietQrError;
import vn.congdanso.payments.vietqr.VietQrWarning;

@Command(name = "vietqr", description = "Builds and reads VietQR (NAPAS) payment codes.",
        subcommands = {VietQrCommand.Decode.class, VietQrCommand.Encode.class})
final class VietQrCommand {

    @Command(name = "decode", description = "Validates and decodes a VietQR payload (strict NAPAS profile unless --lenient).")
    static final class Decode implements Callable<Integer> {

        @Mixin
        Output output;

        @Option(names = "--lenient", description = "Accept what bank apps print; report deviations as warnings.")
        boolean lenient;

        @Parameters(paramLabel = "PAYLOAD", description = "The payload text, or @file holding it.")
        String payload;

        @Override
        public Integer call() {
            String text = Inputs.textOrFile(payload);
            VietQr qr;
            try {
                qr = lenient ? VietQr.parseLenient(text) : VietQr.parse(text);
            } catch (RejectedException e) {
                return output.fail(e);
            }
            if (output.json()) {
                output.printJson(json(qr));
            } else {
                printText(qr);
            }
            return ExitCodes.OK;
        }

        private ObjectNode json(VietQr qr) {
            ObjectNode node = output.result(true).put("strictValid", qr.isStrictValid());
            node.put("pointOfInitiation", qr.pointOfInitiation().map(PointOfInitiation::label).orElse(null));
            node.put("bankBin", qr.bankBin().orElse(null));
            node.put("bankShortName", qr.bank().map(Bank::shortName).orElse(null));
            node.put("account", qr.account().orElse(null));
            node.put("service", qr.serviceCode().orElse(null));
            if (qr.amount().isPresent()) {
                node.put("amount", qr.amount().get().dong());
            } else {
                node.putNull("amount");
            }
            node.put("currency", qr.currency().orElse(null));
            node.put("country", qr.country().orElse(null));
            node.put("merchantName", qr.merchantName().orElse(null));
            node.put("merchantCity", qr.merchantCity().orElse(null));
            node.put("billNumber", qr.billNumber().orElse(null));
            node.put("referenceLabel", qr.referenceLabel().orElse(null));
            node.put("terminalLabel", qr.terminalLabel().orElse(null));
            node.put("purpose", qr.purpose().orElse(null));
            node.set("warnings", warnings(output, qr.warnings()));
            return node;
        }

        private void printText(VietQr qr) {
            output.println("valid: yes" + (qr.isStrictValid() ? " (strict NAPAS profile)" : " (lenient only)"));
            output.println("type: " + qr.pointOfInitiation().map(PointOfInitiation::label).orElse("-"));
            output.println("bank: " + qr.bankBin().orElse("-") + qr.bank().map(bank -> " " + bank.shortName()).orElse(""));
            output.println("account: " + qr.account().orElse("-"));
            output.println("service: " + qr.serviceCode().orElse("-"));
            output.println("amount: " + qr.amount().map(Vnd::format).orElse("-"));
            qr.merchantName().ifPresent(name -> output.println("name: " + name));
            qr.merchantCity().ifPresent(city -> output.println("city: " + city));
            qr.billNumber().ifPresent(bill -> output.println("bill: " + bill));
            qr.referenceLabel().ifPresent(reference -> output.println("reference: " + reference));
            qr.terminalLabel().ifPresent(terminal -> output.println("terminal: " + terminal));
            qr.purpose().ifPresent(purpose -> output.println("purpose: " + purpose));
            qr.warnings().forEach(warning -> output.println(warningText(warning)));
        }
    }

    @Command(name = "encode", description = "Prints a VietQR payload for a transfer to an account or card.")
    static final class Encode implements Callable<Integer> {

        @Mixin
        Output output;

        @Spec
        CommandSpec spec;

        @Option(names = {"--bank", "--bin"}, required = true, paramLabel = "BANK",
                description = "The beneficiary's bank: its 6-digit acquirer BIN (970415) or its VietQR code (ICB).")
        String bank;

        @Option(names = "--account", required = true, description = "Account (or card, with --card) number.")
        String account;

        @Option(names = "--card", description = "Transfer to a card number (QRIBFTTC) instead of an account.")
        boolean card;

        @Option(names = "--amount", description = "Amount in dong (plain digits, at least 1); makes the code dynamic.")
        String amount;

        @Option(names = "--purpose", description = "Transfer message (folded to ASCII, at most 25 characters).")
        String purpose;

        @Option(names = "--bill", description = "Bill number (at most 25 characters).")
        String bill;

        @Option(names = "--name", description = "Beneficiary name (at most 25 characters).")
        String name;

        @Option(names = "--city", description = "City (at most 15 characters).")
        String city;

        @Option(names = "--out", paramLabel = "FILE", description = "Also write the QR code (ECC M) to FILE.png or FILE.svg.")
        Path out;

        @Override
        public Integer call() {
            Optional<QrFiles.Format> format = Optional.ofNullable(out)
                    .map(file -> QrFiles.formatOf(spec, file, Optional.empty()));
            VietQr.Builder builder = VietQr.builder().bankBin(bin()).account(account);
            if (card) {
                builder.toCard();
            }
            if (amount != null) {
                builder.amount(positive(Vnd.parse(amount)));
            }
            if (purpose != null) {
                builder.purpose(purpose);
            }
            if (bill != null) {
                builder.billNumber(bill);
            }
            if (name != null) {
                builder.merchantName(name);
            }
            if (city != null) {
                builder.merchantCity(city);
            }
            VietQr qr = builder.build();
            ObjectNode result = output.result(true).put("payload", qr.toPayload());
            result.set("warnings", warnings(output, qr.warnings()));
            if (out != null) {
                QrCode code = QrEncoder.standard().encode(qr.toPayload());
                QrFiles.write(code, out, format.orElseThrow());
                output.wrote(result, out, QrFiles.describe(code, format.orElseThrow()));
            }
            if (output.json()) {
                output.printJson(result);
            } else {
                qr.warnings().forEach(warning -> output.progress(warningText(warning)));
                output.println(qr.toPayload());
            }
            return ExitCodes.OK;
        }

        /** The BIN as given, or the BIN of the bank whose VietQR code was given. */
        private String bin() {
            if (bank.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return bank;
            }
            return BankDirectory.bundled().byCode(bank).map(Bank::bin).orElseThrow(() -> new RejectedException(
                    VietQrError.BAD_FIELD, "unknown bank code '" + bank + "': give a 6-digit BIN or a VietQR bank code"
                    + " such as VCB or ICB"));
        }

        private static Vnd positive(Vnd amount) {
            if (amount.dong() < 1) {
                throw new RejectedException(VietQrError.BAD_FIELD,
                        "the amount must be at least 1 dong; leave --amount out for a static code without amount");
            }
            return amount;
        }
    }

    private static String warningText(VietQrWarning warning) {
        String at = warning.offset().isPresent() ? " at offset " + warning.offset().getAsInt() : "";
        return "warning: " + warning.rule().id() + at + ": " + warning.message();
    }

    private static ArrayNode warnings(Output output, List<VietQrWarning> warnings) {
        ArrayNode array = Output.MAPPER.createArrayNode();
        for (VietQrWarning warning : warnings) {
            ObjectNode node = output.object().put("code", warning.rule().id()).put("message", warning.message());
            if (warning.offset().isPresent()) {
                node.put("offset", warning.offset().getAsInt());
            } else {
                node.putNull("offset");
            }
            array.add(node);
        }
        return array;
    }
}
