package vn.congdanso.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/**
 * Entry point of {@code congdanso.jar}. Conventions every command follows:
 * <ul>
 *   <li>{@code --json} prints one JSON object per result on stdout, one per line; otherwise text.</li>
 *   <li>Exit codes: {@value ExitCodes#OK} success or valid, {@value ExitCodes#INVALID} input invalid or
 *       verification failed, {@value ExitCodes#USAGE} usage error, {@value ExitCodes#ERROR} any other
 *       error (I/O, network).</li>
 *   <li>Errors in JSON: {@code {"valid":false,"error":{"code":…,"message":…}}}.</li>
 *   <li>Secrets may be given as {@code @file} or through an environment variable instead of a flag.</li>
 * </ul>
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
        CommandLine commandLine = new CommandLine(new RootCommand())
                .setOut(out)
                .setErr(err)
                .setExpandAtFiles(false)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new FailureHandler());
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
