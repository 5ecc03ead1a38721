package vn.congdanso.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/**
 * A local file the command needs cannot be read, or its output file cannot be written. Reported
 * as {@link CliError#BAD_INPUT_FILE} or {@link CliError#BAD_OUTPUT_FILE} with exit code
 * {@value ExitCodes#LOCAL}; the message names the file once and says why in plain words.
 */
final class LocalFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient CliError code;

    private LocalFileException(CliError code, String message, Throwable cause) {
        super(message, cause);
        this.code = requireNonNull(code, "code == null");
    }

    /** {@code file} could not be read because of {@code cause}. */
    static LocalFileException cannotRead(Path file, IOException cause) {
        return new LocalFileException(CliError.BAD_INPUT_FILE, "cannot read " + Inputs.shown(file) + ": " + reason(cause), cause);
    }

    /** {@code file} cannot be read for the stated {@code reason}. */
    static LocalFileException cannotRead(Path file, String reason) {
        return new LocalFileException(CliError.BAD_INPUT_FILE, "cannot read " + Inputs.shown(file) + ": " + reason, null);
    }

    /** {@code file} could not be written because of {@code cause}. */
    static LocalFileException cannotWrite(Path file, IOException cause) {
        return new LocalFileException(CliError.BAD_OUTPUT_FILE, "cannot write " + Inputs.shown(file) + ": " + reason(cause), cause);
    }

    CliError code() {
        return code;
    }

    /** Why an I/O call failed, in words, without the Java class name or a repeat of the path. */
    static String reason(IOException cause) {
        if (cause instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return cause.getMessage() == null ? "input/output error" : cause.getMessage();
    }
}
