package vn.congdanso.cli;

/** The tool's exit codes. */
public final class ExitCodes {

    /** Success; the input was valid. */
    public static final int OK = 0;
    /** The input was invalid or failed verification. */
    public static final int INVALID = 1;
    /** The command line itself was wrong. */
    public static final int USAGE = 2;
    /** Anything else: I/O, network, an unexpected failure. */
    public static final int ERROR = 3;

    private ExitCodes() {
    }
}
