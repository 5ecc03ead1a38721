package vn.congdanso.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a script passes, {@code --json} mode keeps its promise: stdout holds only JSON result
 * objects of the one shape, stderr stays empty, and the exit code is a documented one that agrees
 * with {@code valid}. Arguments exclude {@code --help} (help is text for people) and options that
 * write files.
 */
class JsonModeFuzzTest {

    private static final List<String> COMMANDS = commandPaths();

    @Property(tries = 100)
    void jsonModePrintsOnlyResultsOfTheOneShape(@ForAll("commands") String command, @ForAll("arguments") List<String> rest) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--json");
        args.addAll(rest);

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isBetween(ExitCodes.OK, ExitCodes.INTERNAL).isNotEqualTo(ExitCodes.INTERNAL);
        List<JsonNode> results = run.out().lines().map(JsonModeFuzzTest::parse).toList();
        assertThat(results).isNotEmpty().allSatisfy(JsonModeFuzzTest::hasTheOneShape);
        boolean anyInvalid = results.stream().anyMatch(result -> !result.get("valid").asBoolean());
        if (run.exitCode() == ExitCodes.OK) {
            assertThat(anyInvalid).isFalse();
        } else if (run.exitCode() != ExitCodes.INVALID) {
            assertThat(anyInvalid).isTrue();
        }
    }

    @Provide
    Arbitrary<String> commands() {
        return Arbitraries.of(COMMANDS);
    }

    @Provide
    Arbitrary<List<String>> arguments() {
        Arbitrary<String> known = Arbitraries.of("--lenient", "--amount", "0", "-1", "12,000", "--bin", "--bank", "ICB",
                "970415", "--account", "0011012345678", "--text", "", "@", "@no-such-file.txt", "--", "--limit", "1000",
                "--trust", "--key", "--kid", "k", "--ecc", "X", "--format", "svg", "--secret", "--at", "tomorrow",
                "khai sinh", "1.001193", "1.0O1193", "IDVNM0901234562001090123456<<3", "VNR1:abc", "--bogus");
        Arbitrary<String> random = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12)
                .filter(text -> !text.startsWith("-h") && !text.startsWith("--h") && !text.startsWith("--out")
                        && !text.startsWith("--image") && !text.startsWith("-V") && !text.startsWith("--v"));
        return Arbitraries.oneOf(known, known, random).list().ofMaxSize(5);
    }

    private static void hasTheOneShape(JsonNode result) {
        assertThat(result.isObject()).isTrue();
        List<String> fields = new ArrayList<>();
        result.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).startsWith("valid", "error");
        assertThat(result.get("valid").isBoolean()).isTrue();
        JsonNode error = result.get("error");
        if (result.get("valid").asBoolean()) {
            assertThat(error.isNull()).isTrue();
        } else {
            assertThat(error.get("code").asText()).matches("[a-z]+\\.[A-Z0-9_]+");
            assertThat(error.get("message").asText()).isNotBlank().doesNotContain("Exception");
        }
    }

    private static JsonNode parse(String line) {
        try {
            return Output.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    private static List<String> commandPaths() {
        List<String> commands = new ArrayList<>();
        collect(Main.commandLine(), "", commands);
        return List.copyOf(commands);
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
