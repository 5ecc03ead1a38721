package vn.congdanso.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.QrEncoder;
import vn.congdanso.qr.procedure.Fee;
import vn.congdanso.qr.procedure.OfflineProcedureDirectory;
import vn.congdanso.qr.procedure.PortalLinks;
import vn.congdanso.qr.procedure.Procedure;
import vn.congdanso.qr.procedure.ProcedureCode;
import vn.congdanso.qr.procedure.ProcedureError;
import vn.congdanso.qr.procedure.ProcedureQuery;

@Command(name = "procedure", mixinStandardHelpOptions = true,
        description = "Looks up administrative procedures in the bundled national catalogue.",
        subcommands = {ProcedureCommand.Show.class, ProcedureCommand.Search.class, ProcedureCommand.Qr.class})
final class ProcedureCommand {

    @Command(name = "show", mixinStandardHelpOptions = true,
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
                output.printJson(details(output, procedure).put("portalUrl", link));
            } else {
                printText(procedure, link);
            }
            return ExitCodes.OK;
        }

        private void printText(Procedure procedure, String link) {
            output.println(procedure.code().map(Object::toString).orElse("(mã chưa xác nhận)") + "  " + procedure.name());
            output.println("Lĩnh vực: " + procedure.field());
            output.println("Cấp thực hiện: " + procedure.levels());
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

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Searches procedures by keywords, with or without diacritics, best match first.")
    static final class Search implements Callable<Integer> {

        @Mixin
        Output output;

        @Option(names = "--limit", defaultValue = "10", description = "At most this many results (1-100, default ${DEFAULT-VALUE}).")
        int limit;

        @Parameters(paramLabel = "WORDS", arity = "1..*", description = "Keywords, e.g. khai sinh.")
        List<String> words;

        @Override
        public Integer call() {
            ProcedureQuery query = ProcedureQuery.keywords(String.join(" ", words)).withPage(0, limit);
            List<Procedure> found = OfflineProcedureDirectory.bundled().search(query).items();
            if (found.isEmpty() && !output.json()) {
                output.progress("No procedure matches \"" + String.join(" ", words) + "\".");
            }
            for (Procedure procedure : found) {
                if (output.json()) {
                    output.printJson(summary(output, procedure));
                } else {
                    output.println(procedure.code().map(Object::toString).orElse("-       ") + "  " + procedure.name());
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "qr", mixinStandardHelpOptions = true,
            description = "Writes a QR code of the procedure's national portal page to FILE.svg or FILE.png.")
    static final class Qr implements Callable<Integer> {

        @Mixin
        Output output;

        @Parameters(paramLabel = "CODE", description = "National (1.001193) or localized (1.001193.000.00.15.H41) code.")
        String code;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The image file to write.")
        Path out;

        @Override
        public Integer call() {
            String link = PortalLinks.national().procedurePage(ProcedureCode.parse(code)).toString();
            QrFiles.write(QrEncoder.standard().encode(link), out, QrFiles.formatOf(out));
            if (output.json()) {
                output.printJson(output.object().put("file", out.toString()).put("portalUrl", link));
            } else {
                output.println("wrote " + out + ": " + link);
            }
            return ExitCodes.OK;
        }
    }

    static ObjectNode summary(Output output, Procedure procedure) {
        ObjectNode node = output.object();
        node.put("code", procedure.code().map(Object::toString).orElse(null));
        node.put("name", procedure.name());
        node.put("field", procedure.field());
        return node;
    }

    static ObjectNode details(Output output, Procedure procedure) {
        ObjectNode node = summary(output, procedure);
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
