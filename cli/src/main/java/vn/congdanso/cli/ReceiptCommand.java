package vn.congdanso.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.time.VnTime;
import vn.congdanso.qr.ErrorCorrection;
import vn.congdanso.qr.QrCode;
import vn.congdanso.qr.QrDecoder;
import vn.congdanso.qr.QrEncoder;
import vn.congdanso.qr.procedure.AgencyCode;
import vn.congdanso.qr.procedure.DossierCode;
import vn.congdanso.qr.procedure.ProcedureCode;
import vn.congdanso.qr.receipt.PemKeys;
import vn.congdanso.qr.receipt.Receipt;
import vn.congdanso.qr.receipt.ReceiptSigner;
import vn.congdanso.qr.receipt.ReceiptVerifier;
import vn.congdanso.qr.receipt.TrustList;
import vn.congdanso.qr.receipt.VerifiedReceipt;

@Command(name = "receipt", mixinStandardHelpOptions = true,
        description = "Signs and verifies tamper-evident dossier receipts (VNR1: COSE_Sign1 ES256, zlib, Base45).",
        subcommands = {ReceiptCommand.Sign.class, ReceiptCommand.Verify.class})
final class ReceiptCommand {

    @Command(name = "sign", mixinStandardHelpOptions = true,
            description = "Signs a receipt and prints its VNR1: payload (render it at error-correction level Q).")
    static final class Sign implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Output output;

        @Option(names = "--key", required = true, paramLabel = "FILE",
                description = "PEM EC P-256 private key, PKCS#8 (openssl genpkey) or SEC1 (openssl ecparam -genkey).")
        Path key;

        @Option(names = "--kid", required = true, description = "Key identifier verifiers look the public key up by.")
        String kid;

        @Option(names = "--dossier", required = true, paramLabel = "CODE", description = "Dossier code, e.g. H15.50.05.13-261008-0975.")
        String dossier;

        @Option(names = "--procedure", required = true, paramLabel = "CODE", description = "Procedure code, national or localized.")
        String procedure;

        @Option(names = "--agency", required = true, paramLabel = "CODE", description = "Receiving agency code, e.g. 000.00.15.H41.")
        String agency;

        @Option(names = "--id-number", required = true, paramLabel = "N",
                description = "Applicant's 12-digit ID number (or @file); only its salted hash is signed.")
        String idNumber;

        @Option(names = "--issuer", description = "Receiving unit's name as shown to citizens (default: the agency code).")
        String issuer;

        @Option(names = "--received-at", paramLabel = "DATETIME",
                description = "When the dossier was received, ISO-8601 with offset (default: now).")
        String receivedAt;

        @Option(names = "--due-at", paramLabel = "DATETIME",
                description = "When the result is due, ISO-8601 with offset (default: the received time).")
        String dueAt;

        @Option(names = "--out", paramLabel = "FILE", description = "Also write the receipt QR code (ECC Q) to FILE.png or FILE.svg.")
        Path out;

        @Option(names = "--valid-days", paramLabel = "D", defaultValue = "365",
                description = "Days the receipt verifies (default ${DEFAULT-VALUE}).")
        int validDays;

        @Override
        public Integer call() {
            Clock clock = VnTime.systemClock();
            Instant received = receivedAt == null ? clock.instant() : instant(spec, receivedAt, "--received-at");
            Instant due = dueAt == null ? received : instant(spec, dueAt, "--due-at");
            AgencyCode agencyCode = AgencyCode.parse(agency);
            Receipt receipt = new Receipt(DossierCode.parse(dossier), ProcedureCode.parse(procedure), agencyCode, received, due);
            ReceiptSigner signer = ReceiptSigner.builder().privateKey(PemKeys.privateKey(read(spec, key))).kid(kid)
                    .issuer(issuer == null ? agencyCode.toString() : issuer).clock(clock)
                    .validity(Duration.ofDays(validDays)).build();
            String payload = signer.sign(receipt, Inputs.textOrFile(spec, idNumber));
            if (out != null) {
                QrCode code = QrEncoder.builder().errorCorrection(ErrorCorrection.Q).build().encode(payload);
                QrFiles.write(code, out, QrFiles.formatOf(out));
            }
            if (output.json()) {
                output.printJson(output.object().put("payload", payload).put("kid", kid)
                        .put("dossierCode", receipt.dossier().toString()));
            } else {
                output.println(payload);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Verifies a VNR1: payload offline against trusted keys; exit code 1 when it fails.")
    static final class Verify implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Output output;

        @Option(names = "--trust", required = true, paramLabel = "[KID=]FILE",
                description = "Trusted PEM public key or X.509 certificate (repeatable); a bare key without KID= matches any kid.")
        List<String> trust;

        @Option(names = "--id-number", paramLabel = "N", description = "Also check the receipt was issued to this ID number (or @file).")
        String idNumber;

        @Option(names = "--at", paramLabel = "DATETIME",
                description = "Check expiry as of this time, ISO-8601 with offset (default: now).")
        String at;

        @Parameters(paramLabel = "PAYLOAD", arity = "0..1", description = "The VNR1: payload (or @file).")
        String payload;

        @Option(names = "--image", paramLabel = "FILE", description = "Read the payload from a photo of the receipt QR code instead.")
        Path image;

        @Override
        public Integer call() {
            Clock clock = at == null ? VnTime.systemClock() : Clock.fixed(instant(spec, at, "--at"), VnTime.ZONE);
            ReceiptVerifier verifier = ReceiptVerifier.builder().keys(trustList()).clock(clock).build();
            if ((payload == null) == (image == null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give either PAYLOAD or --image FILE");
            }
            VerifiedReceipt receipt;
            try {
                String text = image != null ? QrDecoder.standard().decode(image).text() : Inputs.textOrFile(spec, payload);
                receipt = verifier.verify(text.strip());
            } catch (RejectedException e) {
                return output.fail(e);
            }
            Optional<Boolean> idMatches = Optional.ofNullable(idNumber).map(n -> receipt.matchesIdNumber(Inputs.textOrFile(spec, n)));
            if (output.json()) {
                ObjectNode node = output.object().put("valid", true)
                        .put("dossierCode", receipt.dossier().toString())
                        .put("procedureCode", receipt.procedure().toString())
                        .put("agencyCode", receipt.agency().toString())
                        .put("issuer", receipt.issuer())
                        .put("receivedAt", receipt.receivedAt().toString())
                        .put("dueAt", receipt.dueAt().toString())
                        .put("expiresAt", receipt.expiresAt().toString())
                        .put("kid", receipt.kid());
                idMatches.ifPresent(matches -> node.put("idNumberMatches", matches));
                output.printJson(node);
            } else {
                output.println("VALID receipt " + receipt.dossier() + " for procedure " + receipt.procedure());
                output.println("  issuer " + receipt.issuer() + ", key " + receipt.kid());
                output.println("  received " + receipt.receivedAt() + ", due " + receipt.dueAt() + ", expires " + receipt.expiresAt());
                idMatches.ifPresent(matches -> output.println("  ID number " + (matches ? "matches" : "does NOT match")));
            }
            return idMatches.orElse(true) ? ExitCodes.OK : ExitCodes.INVALID;
        }

        private TrustList trustList() {
            TrustList.Builder builder = TrustList.builder();
            for (String entry : trust) {
                int equals = entry.indexOf('=');
                boolean named = equals > 0 && !Files.exists(Path.of(entry));
                Optional<String> kid = named ? Optional.of(entry.substring(0, equals)) : Optional.empty();
                String pem = read(spec, Path.of(named ? entry.substring(equals + 1) : entry));
                if (PemKeys.isCertificate(pem)) {
                    var certificate = PemKeys.certificate(pem);
                    kid.ifPresentOrElse(k -> builder.certificate(k, certificate), () -> builder.certificate(certificate));
                } else {
                    var key = PemKeys.publicKey(pem);
                    kid.ifPresentOrElse(k -> builder.key(k, key), () -> builder.allowAnyKid(key));
                }
            }
            return builder.build();
        }
    }

    static Instant instant(CommandSpec spec, String text, String option) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be ISO-8601 with an offset, "
                    + "e.g. 2026-10-08T09:30:00+07:00");
        }
    }

    static String read(CommandSpec spec, Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + Inputs.shown(file));
        }
    }
}
