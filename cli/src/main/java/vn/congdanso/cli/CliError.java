package vn.congdanso.cli;

import vn.congdanso.core.ErrorCode;

/** Failures of the tool itself rather than of the input it checks; each has its own exit code. */
public enum CliError implements ErrorCode {
    /** The command line is wrong: unknown command or option, missing or conflicting arguments. Exit 2. */
    USAGE,
    /** An input file (an {@code @file}, image, key or trust file) is missing or cannot be read. Exit 4. */
    BAD_INPUT_FILE,
    /** The file named by {@code --out} cannot be written. Exit 4. */
    BAD_OUTPUT_FILE,
    /** An unexpected failure inside the tool: a bug to report. Exit 5. */
    INTERNAL;

    /** {@code "cli"}. */
    @Override
    public String namespace() {
        return "cli";
    }
}
