package vn.congdanso.cli;

/** The tool's exit codes, listed in the root help and in {@code docs/cli.md}. */
public final class ExitCodes {

    /** Success; the input was valid. */
    public static final int OK = 0;
    /** The input was invalid or failed verification. */
    public static final int INVALID = 1;
    /** The command line itself was wrong ({@code cli.USAGE}). */
    public static final int USAGE = 2;
    /** A remote service was unavailable; the same command may succeed later. */
    public static final int UNAVAILABLE = 3;
    /** A local file could not be read or written ({@code cli.BAD_INPUT_FILE}, {@code cli.BAD_OUTPUT_FILE}). */
    public static final int LOCAL = 4;
    /** An unexpected failure inside the tool ({@code cli.INTERNAL}): a bug to report. */
    public static final int INTERNAL = 5;

    private ExitCodes() {
    }
}
