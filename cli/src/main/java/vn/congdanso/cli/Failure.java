package vn.congdanso.cli;

import java.util.OptionalInt;

import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.ErrorCode;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.privacy.Redactor;

import static java.util.Objects.requireNonNull;

/**
 * One failure as the tool reports it, whatever raised it: the namespaced code id (for example
 * {@code payments.BAD_SIGNATURE} or {@code cli.USAGE}), a message without Java class names, the
 * offset for parse errors, and the exit code.
 */
record Failure(ErrorCode code, String message, OptionalInt offset, int exitCode) {

    Failure {
        requireNonNull(code, "code == null");
        requireNonNull(message, "message == null");
        requireNonNull(offset, "offset == null");
    }

    /** An SDK failure: exit {@value ExitCodes#INVALID} when rejected, {@value ExitCodes#UNAVAILABLE} when unavailable. */
    static Failure of(CongDanSoException failure) {
        int exit = failure instanceof RejectedException ? ExitCodes.INVALID : ExitCodes.UNAVAILABLE;
        return new Failure(failure.code(), failure.getMessage(), failure.offset(), exit);
    }

    /** A local file that cannot be read or written: exit {@value ExitCodes#LOCAL}. */
    static Failure of(LocalFileException failure) {
        return new Failure(failure.code(), failure.getMessage(), OptionalInt.empty(), ExitCodes.LOCAL);
    }

    /** A wrong command line: exit {@value ExitCodes#USAGE}. */
    static Failure usage(String message) {
        return new Failure(CliError.USAGE, message, OptionalInt.empty(), ExitCodes.USAGE);
    }

    /** Whatever escaped a command: SDK and file failures as above, anything else a bug. */
    static Failure of(Throwable failure) {
        if (failure instanceof CongDanSoException sdk) {
            return of(sdk);
        }
        if (failure instanceof LocalFileException local) {
            return of(local);
        }
        String detail = failure.getMessage() == null ? "" : ": " + Redactor.redactFields(failure.getMessage());
        return new Failure(CliError.INTERNAL, "unexpected failure inside congdanso (please report it)" + detail,
                OptionalInt.empty(), ExitCodes.INTERNAL);
    }

    /** {@code {"code":…,"message":…}} plus {@code "offset"} when there is one. */
    ObjectNode toJson() {
        ObjectNode error = Output.MAPPER.createObjectNode().put("code", code.id()).put("message", message);
        offset.ifPresent(at -> error.put("offset", at));
        return error;
    }

    /** {@code error <code>[ at offset N]: <message>}. */
    String toText() {
        String at = offset.isPresent() ? " at offset " + offset.getAsInt() : "";
        return "error " + code.id() + at + ": " + message;
    }
}
