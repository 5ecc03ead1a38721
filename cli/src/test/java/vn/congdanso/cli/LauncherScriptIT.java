package vn.congdanso.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congdanso.core.SdkVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs {@code bin/congdanso} and the shaded {@code cli/target/congdanso.jar} as a user would, in
 * separate processes. Runs in the {@code integration-test} phase, after {@code package} built
 * the jar; skipped where there is no POSIX shell.
 */
class LauncherScriptIT {

    private static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    private static final Path SCRIPT = MODULE.resolveSibling("bin").resolve("congdanso");
    private static final Path JAR = MODULE.resolve("target").resolve("congdanso.jar");
    private static final String NAPAS_LOWERCASE_CRC =
            "00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA530370454061800005802VN62340107NPS68690819thanh toan don hang63042e2e";

    @TempDir
    Path dir;

    @BeforeAll
    static void needsAShellAndTheJar() {
        assumeTrue(!System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows"), "no POSIX shell");
        assumeTrue(Files.isRegularFile(JAR), "the shaded jar is built by mvn package");
    }

    @Test
    void runsThroughAChainOfSymlinks() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path absolute = Files.createSymbolicLink(dir.resolve("congdanso-link"), SCRIPT);
        Path relative = Files.createSymbolicLink(bin.resolve("congdanso"), Path.of("..", "congdanso-link"));

        Result run = run(relative, "version", "--json");

        assertThat(absolute).isSymbolicLink();
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = Output.MAPPER.readTree(run.out());
        assertThat(result.get("valid").asBoolean()).isTrue();
        assertThat(result.get("version").asText()).isEqualTo(SdkVersion.current());
    }

    @Test
    void keepsLibraryWarningsOutOfStdout() throws Exception {
        Result run = run(SCRIPT, "vietqr", "decode", "--lenient", "--json", NAPAS_LOWERCASE_CRC);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        assertThat(Output.MAPPER.readTree(run.out()).get("strictValid").asBoolean()).isFalse();
        assertThat(run.err()).contains("WARN").contains("lenient mode");
    }

    @Test
    void exitsWithTheDocumentedCodesFromTheJar() throws Exception {
        assertThat(run(SCRIPT, "no-such-command").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run(SCRIPT, "cccd", "parse", "@" + dir.resolve("nofile.txt")).exitCode()).isEqualTo(ExitCodes.LOCAL);
        assertThat(run(SCRIPT, "help", "vnpay").out()).contains("Usage: congdanso vnpay");
    }

    private static Result run(Path script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Path out = Files.createTempFile("congdanso-out", ".txt");
        Path err = Files.createTempFile("congdanso-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("congdanso did not finish within 60 s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    private record Result(int exitCode, String out, String err) {
    }
}
