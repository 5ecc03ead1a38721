package vn.congdanso.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.time.VnTime;
import vn.congdanso.identity.card.CitizenId;
import vn.congdanso.identity.card.Sex;
import vn.congdanso.identity.mrz.ChipAccessKeys;
import vn.congdanso.identity.mrz.Mrz;
import vn.congdanso.identity.mrz.MrzCheck;
import vn.congdanso.identity.mrz.MrzError;
import vn.congdanso.identity.mrz.OcrCorrection;
import vn.congdanso.identity.mrz.VietnameseIdMrz;

@Command(name = "mrz", description = "Machine-readable zones (ICAO 9303 TD1 ID cards, TD3 passports).",
        subcommands = {MrzCommand.Parse.class})
final class MrzCommand {

    @Command(name = "parse", description = {"Reads an MRZ, checks its check digits and derives the chip access key seed.",
        "A TD1 MRZ with document code ID issued by VNM is read as the Vietnamese chip ID card. Exit 1 when a check fails;",
        "with --json, \"error\" is the first failed check and \"problems\" lists them all."})
    static final class Parse implements Callable<Integer> {

        private static final HexFormat HEX = HexFormat.of().withUpperCase();

        @Mixin
        Output output;

        @Parameters(paramLabel = "LINES", arity = "1..*",
                description = "The MRZ lines as separate arguments, or one argument with line breaks, or @file.")
        List<String> lines;

        @Override
        public Integer call() {
            Reading reading;
            try {
                reading = read(text());
            } catch (RejectedException e) {
                return output.fail(e);
            }
            if (output.json()) {
                output.printJson(json(reading));
            } else {
                printText(reading);
            }
            return reading.errors().isEmpty() ? ExitCodes.OK : ExitCodes.INVALID;
        }

        private String text() {
            List<String> texts = new ArrayList<>();
            for (String line : lines) {
                texts.add(Inputs.textOrFile(line));
            }
            return String.join("\n", texts);
        }

        private static Reading read(String text) {
            Mrz mrz = Mrz.parse(text);
            if (VietnameseIdMrz.appliesTo(mrz)) {
                VietnameseIdMrz card = VietnameseIdMrz.parse(text);
                return new Reading(card.mrz(), card.citizenId(), card.birthDate(), card.expiryDate(), card.checks(),
                        card.errors());
            }
            Clock clock = VnTime.systemClock();
            return new Reading(mrz, Optional.empty(), mrz.birthDate(clock), mrz.expiryDate(clock), mrz.checks(),
                    mrz.errors());
        }

        private ObjectNode json(Reading reading) {
            Mrz mrz = reading.mrz();
            ObjectNode node = reading.errors().isEmpty() ? output.result(true)
                    : Output.failed(failure(reading.errors().get(0)));
            ArrayNode problems = node.putArray("problems");
            reading.errors().forEach(e -> problems.add(failure(e).toJson()));
            node.put("format", mrz.format().name())
                    .put("documentCode", mrz.documentCode())
                    .put("issuingState", mrz.issuingState())
                    .put("documentNumber", mrz.documentNumber())
                    .put("idNumber", reading.citizenId().map(CitizenId::digits).orElse(null))
                    .put("birthDate", reading.birthDate().map(LocalDate::toString).orElse(null))
                    .put("sex", mrz.sex().map(Sex::code).orElse(null))
                    .put("expiryDate", reading.expiryDate().map(LocalDate::toString).orElse(null))
                    .put("surname", mrz.surname())
                    .put("givenNames", mrz.givenNames());
            ObjectNode checks = node.putObject("checks");
            reading.checks().forEach((check, passed) -> checks.put(check.fieldName(), passed));
            node.put("bacKeySeed", seedHex(mrz));
            ArrayNode warnings = node.putArray("warnings");
            mrz.corrections().forEach(c -> warnings.add(output.object().put("code", "OCR_CORRECTED")
                    .put("field", c.field()).put("offset", c.offset())
                    .put("read", String.valueOf(c.read())).put("corrected", String.valueOf(c.corrected()))));
            return node;
        }

        private void printText(Reading reading) {
            Mrz mrz = reading.mrz();
            output.println((reading.errors().isEmpty() ? "valid " : "invalid ") + mrz.format() + " MRZ");
            reading.errors().forEach(e -> output.progress(failure(e).toText()));
            output.println("Document:     " + mrz.documentCode() + " " + mrz.issuingState() + " " + mrz.documentNumber());
            reading.citizenId().ifPresent(id -> output.println("ID number:    " + id.digits()));
            output.println("Name:         " + mrz.surname() + ", " + mrz.givenNames());
            output.println("Birth date:   " + reading.birthDate().map(LocalDate::toString).orElse(mrz.birthDateText()));
            output.println("Sex:          " + mrz.sex().map(Sex::code).orElse("unspecified"));
            output.println("Expiry date:  " + reading.expiryDate().map(LocalDate::toString).orElse(mrz.expiryDateText()));
            List<String> checks = new ArrayList<>();
            reading.checks().forEach((check, passed) -> checks.add(check.fieldName() + (passed ? " ok" : " FAILED")));
            output.println("Checks:       " + String.join(", ", checks));
            for (OcrCorrection c : mrz.corrections()) {
                output.println("Warning:      OCR_CORRECTED " + c.field() + " at offset " + c.offset() + ": '"
                        + c.read() + "' read as '" + c.corrected() + "'");
            }
            output.println("BAC key seed: " + seedHex(mrz));
        }

        /** A check that failed, as the tool reports failures. */
        private static Failure failure(MrzError error) {
            return new Failure(error, problem(error), OptionalInt.empty(), ExitCodes.INVALID);
        }

        private static String problem(MrzError error) {
            return switch (error) {
                case BAD_DOCUMENT_CODE -> "line 1 of a Vietnamese card does not start with IDVNM";
                case BAD_DOCUMENT_NUMBER_CHECK -> "the document number's check digit does not match";
                case BAD_ID_NUMBER_CHECK -> "the ID number's check digit does not match";
                case BAD_BIRTH_DATE_CHECK -> "the birth date's check digit does not match";
                case BAD_EXPIRY_CHECK -> "the expiry date's check digit does not match";
                case BAD_PERSONAL_NUMBER_CHECK -> "the personal number's check digit does not match";
                case BAD_COMPOSITE_CHECK -> "the composite check digit does not match";
                case ID_MISMATCH -> "the document number is not the tail of the 12-digit ID number";
                case BAD_ID_NUMBER -> "the ID number field is not 12 digits";
                case BAD_DATE -> "a birth or expiry date names no real calendar day";
                case BAD_SEX -> "the sex is not M, F, X or <";
                default -> "the MRZ is malformed";
            };
        }

        private static String seedHex(Mrz mrz) {
            ChipAccessKeys keys = mrz.chipAccessKeys();
            return HEX.formatHex(keys.seed().bytes());
        }

        private record Reading(Mrz mrz, Optional<CitizenId> citizenId, Optional<LocalDate> birthDate,
                Optional<LocalDate> expiryDate, Map<MrzCheck, Boolean> checks, List<MrzError> errors) {
        }
    }
}
