package vn.congdanso.cli;

import java.io.PrintWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.RejectedException;
import vn.congdanso.http.Json;

/**
 * The {@code --json} switch and the writers every command prints through, mixed into each
 * command with {@code @Mixin}. One JSON object per line in JSON mode; text otherwise.
 */
final class Output {

    static final ObjectMapper MAPPER = Json.newObjectMapper();

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object per result, one per line.")
    boolean json;

    boolean json() {
        return json;
    }

    ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    void printJson(ObjectNode node) {
        try {
            out().println(MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of JSON nodes always serialises", e);
        }
    }

    void println(String line) {
        out().println(line);
    }

    void progress(String line) {
        spec.commandLine().getErr().println(line);
    }

    /**
     * Reports {@code failure} in the current mode and returns its exit code:
     * {@value ExitCodes#INVALID} for rejected input, {@value ExitCodes#ERROR} otherwise.
     */
    int fail(CongDanSoException failure) {
        if (json) {
            ObjectNode node = object().put("valid", false);
            node.set("error", errorNode(failure));
            printJson(node);
        } else {
            spec.commandLine().getErr().println(errorText(failure));
        }
        return exitCode(failure);
    }

    static ObjectNode errorNode(CongDanSoException failure) {
        ObjectNode error = MAPPER.createObjectNode()
                .put("code", failure.code().name())
                .put("message", failure.getMessage());
        failure.offset().ifPresent(offset -> error.put("offset", offset));
        return error;
    }

    static String errorText(CongDanSoException failure) {
        String at = failure.offset().isPresent() ? " at offset " + failure.offset().getAsInt() : "";
        return "error " + failure.code().name() + at + ": " + failure.getMessage();
    }

    static int exitCode(CongDanSoException failure) {
        return failure instanceof RejectedException ? ExitCodes.INVALID : ExitCodes.ERROR;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
