package vn.congdanso.cli;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.SdkVersion;

import static org.assertj.core.api.Assertions.assertThat;

class VersionCommandTest {

    @Test
    void printsTheVersion() {
        CliRun run = CliRun.of("version");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().trim()).isEqualTo("congdanso " + SdkVersion.current());
    }

    @Test
    void printsTheVersionAsJson() {
        CliRun run = CliRun.of("version", "--json");

        assertThat(run.out().trim()).isEqualTo("{\"valid\":true,\"error\":null,\"version\":\"" + SdkVersion.current() + "\"}");
    }

    @Test
    void answersTheStandardVersionFlag() {
        assertThat(CliRun.of("--version").out()).contains(SdkVersion.current());
    }
}
