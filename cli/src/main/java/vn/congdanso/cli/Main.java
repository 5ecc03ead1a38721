package vn.congdanso.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Entry point of {@code congdanso.jar}. Every command answers {@code -h}/{@code --help}, and
 * {@code congdanso help COMMAND…} prints the same. The conventions every command follows (the
 * {@code --json} result shape of {@link Output}, the {@link ExitCodes}) are printed at the end of
 * the root help and described in {@code docs/cli.md}.
 */
public final class Main {

    private Main() {
    }

    /** Runs the tool and exits the JVM with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /** Runs the tool without exiting; returns the exit code. Used by tests and embedders. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        FailureHandler failures = new FailureHandler(Output.requested(List.of(args)));
        CommandLine commandLine = commandLine()
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(failures)
                .setExecutionExceptionHandler(failures);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The whole command tree, each command with {@code -h}/{@code --help}. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new RootCommand())
                .setExpandAtFiles(false)
                .setCaseInsensitiveEnumValuesAllowed(true);
        addHelp(commandLine);
        return commandLine;
    }

    private static void addHelp(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        if (!spec.optionsMap().containsKey("--help")) {
            spec.addMixin("help", CommandSpec.forAnnotatedObject(new HelpOption()));
        }
        command.getSubcommands().values().forEach(Main::addHelp);
    }
}
