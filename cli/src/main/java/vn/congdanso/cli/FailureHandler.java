package vn.congdanso.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what escapes a command into the tool's one result shape and exit code: usage errors
 * ({@code cli.USAGE}, exit {@value ExitCodes#USAGE}), SDK failures by their code, local file
 * failures, and anything else as {@code cli.INTERNAL}. Under {@code --json} the failure is a JSON
 * result on stdout; otherwise one line on stderr.
 */
final class FailureHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final boolean json;

    FailureHandler(boolean json) {
        this.json = json;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        Failure reported = Failure.of(failure);
        report(command, reported);
        return reported.exitCode();
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine command = failure.getCommandLine();
        report(command, Failure.usage(failure.getMessage()));
        if (!json) {
            PrintWriter err = command.getErr();
            UnmatchedArgumentException.printSuggestions(failure, err);
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        return ExitCodes.USAGE;
    }

    private void report(CommandLine command, Failure failure) {
        if (json) {
            Output.printJson(command.getOut(), Output.failed(failure));
        } else {
            command.getErr().println(failure.toText());
        }
    }
}
