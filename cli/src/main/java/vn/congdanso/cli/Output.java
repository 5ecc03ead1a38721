package vn.congdanso.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.congdanso.core.CongDanSoException;
import vn.congdanso.http.Json;

/**
 * The {@code --json} switch and the writers every command prints through, mixed into each
 * command with {@code @Mixin}.
 *
 * <p>The one result shape. In JSON mode each result is one object on one line of stdout:
 * <pre>{"valid":true|false,"error":null|{"code":"namespace.NAME","message":"…","offset":N},…}</pre>
 * {@code valid} comes first and says whether the input was valid or the command succeeded;
 * {@code error} is {@code null} on success, else the failure's namespaced code id, a message and,
 * for parse errors only, the character offset; the command's own fields follow. Commands start
 * their object with {@link #result(boolean)} and report failures with {@link #fail}, so the shape
 * cannot drift. Usage errors ({@code cli.USAGE}) and failures escaping a command take the same
 * shape. In text mode results go to stdout and errors, notes and progress to stderr.
 */
final class Output {

    static final ObjectMapper MAPPER = Json.newObjectMapper();

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--json", description = "Print the result as one JSON object per line: "
            + "{\"valid\":…,\"error\":null|{\"code\":…,\"message\":…},…}.")
    boolean json;

    boolean json() {
        return json;
    }

    /** Whether {@code args} ask for JSON output, for failures reported before the command line is parsed. */
    static boolean requested(List<String> args) {
        int end = args.indexOf("--");
        return (end < 0 ? args : args.subList(0, end)).contains("--json");
    }

    /** A new result object: {@code {"valid":valid,"error":null}}; add the command's fields to it. */
    ObjectNode result(boolean valid) {
        ObjectNode node = MAPPER.createObjectNode().put("valid", valid);
        node.putNull("error");
        return node;
    }

    /** A result object for {@code failure}: {@code {"valid":false,"error":{…}}}; fields may follow. */
    static ObjectNode failed(Failure failure) {
        ObjectNode node = MAPPER.createObjectNode().put("valid", false);
        node.set("error", failure.toJson());
        return node;
    }

    /** A plain JSON object for nested values (warnings, list items); not a result. */
    ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    void printJson(ObjectNode node) {
        printJson(out(), node);
    }

    static void printJson(PrintWriter writer, ObjectNode node) {
        try {
            writer.println(MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of JSON nodes always serialises", e);
        }
    }

    void println(String line) {
        out().println(line);
    }

    /** A note for people (progress, warnings, what was written) on stderr, never mixed into results. */
    void progress(String line) {
        spec.commandLine().getErr().println(line);
    }

    /**
     * Says that {@code file} was written: a {@code "out"} field in {@code result} in JSON mode, a
     * line {@code wrote FILE: what} on stderr otherwise.
     */
    void wrote(ObjectNode result, Path file, String what) {
        if (json) {
            result.put("out", file.toString());
        } else {
            progress("wrote " + file + ": " + what);
        }
    }

    /** Reports {@code failure} in the current mode and returns its exit code. */
    int fail(Failure failure) {
        if (json) {
            printJson(failed(failure));
        } else {
            progress(failure.toText());
        }
        return failure.exitCode();
    }

    /** Reports an SDK failure: exit {@value ExitCodes#INVALID} when rejected, {@value ExitCodes#UNAVAILABLE} when unavailable. */
    int fail(CongDanSoException failure) {
        return fail(Failure.of(failure));
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
