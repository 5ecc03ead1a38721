package vn.congdanso.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = CliRun.of("no-such-command");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("error cli.USAGE: ", "no-such-command", "Try 'congdanso --help'");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(CliRun.of("version", "--bogus").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void usageErrorsUnderJsonAreJsonResults() throws Exception {
        CliRun run = CliRun.of("vnpay", "verify", "--json", "--bogus", "vnp_Amount=1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        JsonNode result = Output.MAPPER.readTree(run.out());
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.at("/error/code").asText()).isEqualTo("cli.USAGE");
        assertThat(result.at("/error/message").asText()).contains("--bogus");
        assertThat(result.at("/error/offset").isMissingNode()).isTrue();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void missingRequiredOptionUnderJsonIsAJsonResult() throws Exception {
        CliRun run = CliRun.of("qr", "encode", "--json", "--text", "x");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Output.MAPPER.readTree(run.out()).at("/error/message").asText()).contains("--out");
    }

    @Test
    void helpListsTheCommandsTheJsonShapeAndTheExitCodes() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("version", "vnpay", "help", "--json",
                "{\"valid\":true|false,\"error\":null|{\"code\":\"ns.NAME\",\"message\":\"...\"},...}",
                "Exit codes:", "2  usage error", "3  a remote service is unavailable",
                "4  a local file cannot be read or written", "5  unexpected failure");
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void helpCommandPrintsAGroupsHelp() {
        CliRun run = CliRun.of("help", "qr");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: congdanso qr", "encode", "decode");
    }

    @Test
    void helpIgnoresRequiredOptions() {
        CliRun run = CliRun.of("qr", "encode", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: congdanso qr encode", "--out");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyCommandAndHelpFlag")
    void everyCommandAnswersHelp(String command, String flag) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add(flag);

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: congdanso " + command);
    }

    @ParameterizedTest(name = "help {0}")
    @MethodSource("everyCommand")
    void helpCommandAnswersForEveryCommand(String command) {
        CliRun run = CliRun.of(Stream.concat(Stream.of("help"), Stream.of(command.split(" "))).toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: congdanso " + command);
    }

    @Test
    void helpForAnUnknownCommandIsAUsageError() {
        CliRun run = CliRun.of("help", "qr", "nope");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("error cli.USAGE: unknown command 'qr nope'");
    }

    static Stream<Arguments> everyCommandAndHelpFlag() {
        return everyCommand().flatMap(command -> Stream.of("--help", "-h").map(flag -> Arguments.of(command, flag)));
    }

    static Stream<String> everyCommand() {
        List<String> commands = new ArrayList<>();
        collect(Main.commandLine(), "", commands);
        assertThat(commands).contains("vnpay", "vnpay verify-callback", "qr encode", "receipt sign", "procedure search");
        return commands.stream();
    }

    private static void collect(CommandLine command, String prefix, List<String> into) {
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                String path = (prefix + " " + name).strip();
                into.add(path);
                collect(sub, path, into);
            }
        });
    }
}
