package vn.congdanso.cli;

import java.io.PrintWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.privacy.Redactor;

/** Turns an exception escaping a command into the tool's error output and exit code. */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        boolean json = deepest(parsed).hasMatchedOption("--json");
        if (failure instanceof CongDanSoException sdk) {
            report(command, json, Output.errorNode(sdk), Output.errorText(sdk));
            return Output.exitCode(sdk);
        }
        String message = failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + Redactor.redactFields(failure.getMessage()));
        ObjectNode error = Output.MAPPER.createObjectNode().put("code", "ERROR").put("message", message);
        report(command, json, error, "error: " + message);
        return ExitCodes.ERROR;
    }

    private static void report(CommandLine command, boolean json, ObjectNode error, String text) {
        if (json) {
            ObjectNode node = Output.MAPPER.createObjectNode().put("valid", false);
            node.set("error", error);
            PrintWriter out = command.getOut();
            try {
                out.println(Output.MAPPER.writeValueAsString(node));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a tree of JSON nodes always serialises", e);
            }
        } else {
            command.getErr().println(text);
        }
    }

    private static ParseResult deepest(ParseResult parsed) {
        ParseResult current = parsed;
        while (current.hasSubcommand()) {
            current = current.subcommand();
        }
        return current;
    }
}
