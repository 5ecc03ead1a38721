package vn.congdanso.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.UnavailableException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureTest {

    @Test
    void mapsRejectedInputToExitOne() {
        Failure failure = Failure.of(RejectedException.atOffset(CoreError.BAD_AMOUNT, "not a number", 3));

        assertThat(failure.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(failure.toText()).isEqualTo("error core.BAD_AMOUNT at offset 3: not a number");
        assertThat(failure.toJson().toString())
                .isEqualTo("{\"code\":\"core.BAD_AMOUNT\",\"message\":\"not a number\",\"offset\":3}");
    }

    @Test
    void mapsAnUnavailableRemoteToExitThree() {
        Failure failure = Failure.of(new UnavailableException(CoreError.TIMEOUT, "no answer within 10 s", null));

        assertThat(failure.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(failure.toJson().has("offset")).isFalse();
    }

    @Test
    void mapsAnythingElseToAnInternalErrorWithoutItsClassName() {
        Failure failure = Failure.of(new IllegalStateException("state went wrong"));

        assertThat(failure.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(failure.code().id()).isEqualTo("cli.INTERNAL");
        assertThat(failure.message()).contains("state went wrong").doesNotContain("IllegalStateException");
    }

    @Test
    void describesFileErrorsInWordsNamingTheFileOnce() {
        Path file = Path.of("nofile.txt");

        LocalFileException missing = LocalFileException.cannotRead(file, new NoSuchFileException(file.toString()));
        LocalFileException denied = LocalFileException.cannotWrite(file, new AccessDeniedException(file.toString()));

        assertThat(Failure.of(missing).toText())
                .isEqualTo("error cli.BAD_INPUT_FILE: cannot read nofile.txt: no such file or directory");
        assertThat(Failure.of(denied).toText())
                .isEqualTo("error cli.BAD_OUTPUT_FILE: cannot write nofile.txt: permission denied");
        assertThat(Failure.of(denied).exitCode()).isEqualTo(ExitCodes.LOCAL);
        assertThat(LocalFileException.reason(new IOException())).isEqualTo("input/output error");
    }
}
