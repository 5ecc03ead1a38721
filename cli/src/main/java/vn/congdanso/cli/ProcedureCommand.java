package vn.congdanso.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.QrCode;
import vn.congdanso.qr.QrEncoder;
import vn.congdanso.qr.procedure.Fee;
import vn.congdanso.qr.procedure.ImplementingLevel;
import vn.congdanso.qr.procedure.OfflineProcedureDirectory;
import vn.congdanso.qr.procedure.PortalLinks;
import vn.congdanso.qr.procedure.Procedure;
import vn.congdanso.qr.procedure.ProcedureCode;
import vn.congdanso.qr.procedure.ProcedureError;
import vn.congdanso.qr.procedure.ProcedureQuery;

@Command(name = "procedure",
        description = "Looks up administrative procedures in the bundled national catalogue.",
        subcommands = {ProcedureCommand.Show.class, ProcedureCommand.Search.class, ProcedureCommand.Qr.class})
final class ProcedureCommand {

    @Command(name = "show",
            description = "Shows one procedure: fees, documents, legal basis and its national portal page.")
    static final class Show implements Callable<Integer> {

        @Mixin
        Output output;

        @Parameters(paramLabel = "CODE", description = "National (1.001193) or localized (1.001193.000.00.15.H41) code.")
        String code;

        @Override
        public Integer call() {
            ProcedureCode parsed = ProcedureCode.parse(code);
            Procedure procedure = OfflineProcedureDirectory.bundled().find(parsed).orElseThrow(() ->
                    new RejectedException(ProcedureError.UNKNOWN_PROCEDURE, "no procedure " + parsed + " in the bundled catalogue"));
            String link = PortalLinks.national().procedurePage(parsed).toString();
            if (output.json()) {
                output.printJson(details(output.result(true), procedure).put("portalUrl", link));
            } else {
                printText(procedure, link);
            }
            return ExitCodes.OK;
        }

        private void printText(Procedure procedure, String link) {
            output.println(procedure.code().map(Object::toString).orElse("(mã chưa xác nhận)") + "  " + procedure.name());
            output.println("Lĩnh vực: " + procedure.field());
            output.println("Cấp thực hiện: " + String.join(", ", procedure.levels().stream().map(ProcedureCommand::levelText).toList()));
            output.println("Thời hạn giải quyết: " + procedure.processingTime());
            output.println("Phí, lệ phí:");
            procedure.fees().forEach(fee -> output.println("  - " + fee.description()
                    + fee.amount().map(amount -> ": " + amount.format()).orElse("")));
            output.println("Thành phần hồ sơ:");
            procedure.documents().forEach(document -> output.println("  - " + document));
            output.println("Căn cứ pháp lý:");
            procedure.legalBasis().forEach(basis -> output.println("  - " + basis));
            output.println("Trang thủ tục: " + link);
        }
    }

    @Command(name = "search",
            description = "Searches procedures by keywords, with or without diacritics, best match first.")
    static final class Search implements Callable<Integer> {

        @Mixin
        Output output;

        @Option(names = "--limit", defaultValue = "10", description = "At most this many results (1-100, default ${DEFAULT-VALUE}).")
        int limit;

        @Parameters(paramLabel = "WORDS", arity = "1..*", description = "Keywords, e.g. khai sinh.")
        List<String> words;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String keywords = String.join(" ", words).strip();
            if (keywords.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give at least one keyword, e.g. khai sinh");
            }
            ProcedureQuery query = ProcedureQuery.keywords(keywords).withPage(0, limit);
            List<Procedure> found = OfflineProcedureDirectory.bundled().search(query).items();
            if (output.json()) {
                ObjectNode result = output.result(true).put("query", keywords);
                ArrayNode procedures = result.putArray("procedures");
                found.forEach(procedure -> procedures.add(summary(output.object(), procedure)));
                output.printJson(result);
                return ExitCodes.OK;
            }
            if (found.isEmpty()) {
                output.progress("No procedure matches \"" + keywords + "\".");
            }
            for (Procedure procedure : found) {
                output.println(procedure.code().map(Object::toString).orElse("-       ") + "  " + procedure.name());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "qr",
            description = "Writes a QR code of the procedure's national portal page to FILE.svg or FILE.png.")
    static final class Qr implements Callable<Integer> {

        @Mixin
        Output output;

        @Parameters(paramLabel = "CODE", description = "National (1.001193) or localized (1.001193.000.00.15.H41) code.")
        String code;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The image file to write, FILE.png or FILE.svg.")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            QrFiles.Format format = QrFiles.formatOf(spec, out, Optional.empty());
            String link = PortalLinks.national().procedurePage(ProcedureCode.parse(code)).toString();
            QrCode qr = QrEncoder.standard().encode(link);
            QrFiles.write(qr, out, format);
            ObjectNode result = output.result(true).put("portalUrl", link);
            output.wrote(result, out, QrFiles.describe(qr, format) + ", " + link);
            if (output.json()) {
                output.printJson(result);
            }
            return ExitCodes.OK;
        }
    }

    /** The level as Vietnamese procedure pages name it. */
    static String levelText(ImplementingLevel level) {
        return switch (level) {
            case CENTRAL -> "Cấp Bộ";
            case PROVINCE -> "Cấp Tỉnh";
            case COMMUNE -> "Cấp Xã";
        };
    }

    static ObjectNode summary(ObjectNode node, Procedure procedure) {
        node.put("code", procedure.code().map(Object::toString).orElse(null));
        node.put("name", procedure.name());
        node.put("field", procedure.field());
        return node;
    }

    static ObjectNode details(ObjectNode node, Procedure procedure) {
        summary(node, procedure);
        ArrayNode levels = node.putArray("levels");
        procedure.levels().forEach(level -> levels.add(level.name()));
        node.put("processingTime", procedure.processingTime());
        ArrayNode fees = node.putArray("fees");
        for (Fee fee : procedure.fees()) {
            ObjectNode item = fees.addObject().put("description", fee.description());
            item.put("amountVnd", fee.amount().map(amount -> amount.dong()).orElse(null));
        }
        procedure.documents().forEach(node.putArray("documents")::add);
        procedure.legalBasis().forEach(node.putArray("legalBasis")::add);
        return node;
    }
}
