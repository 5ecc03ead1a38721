package vn.congdanso.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = CliRun.of("no-such-command");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no-such-command");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(CliRun.of("version", "--bogus").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("version");
    }
}
