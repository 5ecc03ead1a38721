package vn.congdanso.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.time.VnTime;
import vn.congdanso.identity.card.CitizenId;
import vn.congdanso.identity.card.Sex;
import vn.congdanso.identity.chip.ChipError;
import vn.congdanso.identity.chip.ChipFiles;
import vn.congdanso.identity.chip.ChipPersonalData;
import vn.congdanso.identity.chip.ChipVerdict;
import vn.congdanso.identity.chip.ChipVerification;
import vn.congdanso.identity.chip.CscaTrustStore;
import vn.congdanso.identity.chip.FaceImage;
import vn.congdanso.identity.chip.PassiveAuthenticator;
import vn.congdanso.identity.chip.StepResult;
import vn.congdanso.identity.chip.VerifiedChip;
import vn.congdanso.identity.mrz.Mrz;
import vn.congdanso.identity.mrz.VietnameseIdMrz;

@Command(name = "chip", description = "Data read from the chip of the citizen ID card.",
        subcommands = {ChipCommand.Verify.class})
final class ChipCommand {

    @Command(name = "verify", description = {
        "Passive authentication of files read from the chip: EF.SOD's signature, the data-group hashes,",
        "the Document Signer's chain to a trusted CSCA, validity and CRLs. Prints the verdict, each step,",
        "and the parsed DG1 and DG13 when the data is intact. Exit 0 only for VALID."})
    static final class Verify implements Callable<Integer> {

        @Mixin
        Output output;

        @Spec
        CommandSpec spec;

        @Option(names = "--sod", required = true, paramLabel = "FILE", description = "EF.SOD as read from the chip.")
        Path sod;

        @Option(names = "--dg1", paramLabel = "FILE", description = "DG1 (MRZ).")
        Path dg1;

        @Option(names = "--dg2", paramLabel = "FILE", description = "DG2 (face image).")
        Path dg2;

        @Option(names = "--dg13", paramLabel = "FILE", description = "DG13 (Vietnamese personal data).")
        Path dg13;

        @Option(names = "--dg14", paramLabel = "FILE", description = "DG14 (chip authentication security infos).")
        Path dg14;

        @Option(names = "--dg15", paramLabel = "FILE", description = "DG15 (active authentication public key).")
        Path dg15;

        @Option(names = "--csca", paramLabel = "FILE_OR_DIR",
                description = "A trusted CSCA: PEM/DER certificate, ICAO master list (.ml), or a folder of them. Repeatable.")
        List<Path> cscas = new ArrayList<>();

        @Option(names = "--crl", paramLabel = "FILE", description = "A CRL of a trusted CSCA (PEM or DER). Repeatable.")
        List<Path> crls = new ArrayList<>();

        @Override
        public Integer call() {
            PassiveAuthenticator authenticator;
            try {
                authenticator = PassiveAuthenticator.builder().trustStore(trustStore()).clock(VnTime.systemClock()).build();
            } catch (RejectedException e) {
                return output.fail(e);
            }
            ChipVerification result;
            try {
                result = authenticator.verify(files());
            } catch (RejectedException e) {
                return malformed(e);
            }
            if (output.json()) {
                output.printJson(json(result));
            } else {
                printText(result);
            }
            return result.verdict() == ChipVerdict.VALID ? ExitCodes.OK : ExitCodes.INVALID;
        }

        /** A file refused before verification (too large): the verdict is MALFORMED. */
        private int malformed(RejectedException e) {
            if (output.json()) {
                output.printJson(Output.failed(Failure.of(e)).put("verdict", ChipVerdict.MALFORMED.name()));
            } else {
                output.println(ChipVerdict.MALFORMED.name() + ": " + Failure.of(e).toText());
            }
            return ExitCodes.INVALID;
        }

        private CscaTrustStore trustStore() {
            CscaTrustStore.Builder builder = CscaTrustStore.builder();
            cscas.forEach(builder::path);
            crls.forEach(builder::crl);
            return builder.build();
        }

        private ChipFiles files() {
            ChipFiles.Builder builder = ChipFiles.builder().sod(read(sod, ChipFiles.MAX_FILE_BYTES));
            addGroup(builder, 1, dg1);
            addGroup(builder, 2, dg2);
            addGroup(builder, 13, dg13);
            addGroup(builder, 14, dg14);
            addGroup(builder, 15, dg15);
            return builder.build();
        }

        private void addGroup(ChipFiles.Builder builder, int number, Path file) {
            if (file != null) {
                builder.dataGroup(number, read(file, ChipFiles.maxBytes(number)));
            }
        }

        /** The file, refused before reading when it is larger than {@code limit}. */
        private byte[] read(Path file, int limit) {
            try {
                long size = Files.size(file);
                if (size > limit) {
                    throw new RejectedException(ChipError.TOO_LARGE, file.getFileName() + " has " + size + " bytes, at most " + limit);
                }
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + file + ": " + e.getMessage());
            }
        }

        private ObjectNode json(ChipVerification result) {
            ObjectNode node = output.result(result.verdict() == ChipVerdict.VALID)
                    .put("verdict", result.verdict().name());
            ObjectNode steps = node.putObject("steps");
            for (StepResult step : result.steps()) {
                steps.putObject(camel(step.step().name())).put("status", step.status().name()).put("detail", step.detail());
            }
            ArrayNode mismatched = node.putArray("mismatchedDataGroups");
            result.mismatchedDataGroups().forEach(mismatched::add);
            result.verified().ifPresent(chip -> {
                chip.dg1().ifPresent(mrz -> node.set("dg1", dg1(mrz, chip.dg1VietnameseId())));
                chip.dg2().ifPresent(face -> node.set("dg2", dg2(face)));
                chip.dg13().ifPresent(person -> node.set("dg13", dg13(person)));
            });
            return node;
        }

        private ObjectNode dg1(Mrz mrz, Optional<VietnameseIdMrz> card) {
            return output.object()
                    .put("valid", card.map(VietnameseIdMrz::valid).orElse(mrz.valid()))
                    .put("format", mrz.format().name())
                    .put("documentCode", mrz.documentCode())
                    .put("issuingState", mrz.issuingState())
                    .put("documentNumber", mrz.documentNumber())
                    .put("idNumber", card.flatMap(VietnameseIdMrz::citizenId).map(CitizenId::digits).orElse(null))
                    .put("birthDate", card.flatMap(VietnameseIdMrz::birthDate).map(LocalDate::toString).orElse(null))
                    .put("sex", mrz.sex().map(Sex::code).orElse(null))
                    .put("expiryDate", card.flatMap(VietnameseIdMrz::expiryDate).map(LocalDate::toString).orElse(null))
                    .put("surname", mrz.surname())
                    .put("givenNames", mrz.givenNames());
        }

        private ObjectNode dg2(FaceImage face) {
            return output.object().put("format", face.format().name()).put("width", face.metadata().width())
                    .put("height", face.metadata().height()).put("bytes", face.image().length);
        }

        private ObjectNode dg13(ChipPersonalData person) {
            ObjectNode node = output.object()
                    .put("idNumber", person.citizenId().map(CitizenId::digits).orElse(null))
                    .put("fullName", person.fullName().orElse(null))
                    .put("birthDate", person.birthDate().map(LocalDate::toString).orElse(null))
                    .put("sex", person.sex().map(Sex::code).orElse(null))
                    .put("nationality", person.nationality().orElse(null))
                    .put("ethnicity", person.ethnicity().orElse(null))
                    .put("religion", person.religion().orElse(null))
                    .put("hometown", person.hometown().orElse(null))
                    .put("permanentResidence", person.permanentResidence().orElse(null))
                    .put("identifyingMarks", person.identifyingMarks().orElse(null))
                    .put("issueDate", person.issueDate().map(LocalDate::toString).orElse(null))
                    .put("expiryDate", person.expiryDate().map(LocalDate::toString).orElse(null))
                    .put("fatherName", person.fatherName().orElse(null))
                    .put("motherName", person.motherName().orElse(null))
                    .put("spouseName", person.spouseName().orElse(null))
                    .put("oldIdNumber", person.oldIdNumber().orElse(null));
            ObjectNode entries = node.putObject("entries");
            person.entries().forEach((index, values) -> {
                ArrayNode array = entries.putArray(String.valueOf(index));
                values.forEach(array::add);
            });
            return node;
        }

        private void printText(ChipVerification result) {
            output.println(result.verdict().name());
            for (StepResult step : result.steps()) {
                output.println(String.format(Locale.ROOT, "  %-18s %-7s %s", step.step().name(), step.status().name(),
                        step.detail()));
            }
            result.verified().flatMap(VerifiedChip::dg13).ifPresent(person -> {
                output.println("ID number:    " + person.citizenId().map(CitizenId::digits).orElse(""));
                output.println("Name:         " + person.fullName().orElse(""));
                output.println("Birth date:   " + person.birthDate().map(LocalDate::toString).orElse(""));
            });
        }

        private static String camel(String constant) {
            StringBuilder text = new StringBuilder();
            for (String part : constant.toLowerCase(Locale.ROOT).split("_")) {
                text.append(text.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
            return text.toString();
        }
    }
}
