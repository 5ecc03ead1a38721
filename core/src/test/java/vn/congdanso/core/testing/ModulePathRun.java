package vn.congdanso.core.testing;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;

/**
 * Runs a small probe module on the module path, in a fresh JVM, against the SDK modules under
 * test, so that tests exercise the JPMS boundaries (exports, {@code requires static}, strong
 * encapsulation) and not only compile them. The module path holds exactly the jars or class
 * directories of the classes the test names, nothing else from the test's class path, and the
 * observable modules are limited to what the probe requires, directly or transitively: a module
 * the SDK needs but does not require (or requires only {@code static}) is absent at run time.
 *
 * <p>The probe is a module {@code congdanso.probe} with a class {@code probe.Main}; the test gives
 * the {@code requires} clauses and the body of {@code main}, which may throw any exception. The
 * result is what the probe printed; a probe that fails to compile, exits with another status than
 * 0 or runs longer than a minute fails the test.
 */
public final class ModulePathRun {

    /** Probe statements that print every module of the boot layer as {@code module <name>}. */
    public static final String PRINT_MODULES = "ModuleLayer.boot().modules().stream().map(Module::getName).sorted()"
            + ".forEach(m -> System.out.println(\"module \" + m));";

    private static final long TIMEOUT_SECONDS = 60;

    private ModulePathRun() {
    }

    /**
     * Compiles and runs the probe.
     *
     * @param work       an empty directory for sources and classes
     * @param modulePath classes from each jar or class directory that goes on the module path
     * @param requires   the module names the probe requires
     * @param mainBody   Java statements, the body of {@code main(String[] args) throws Exception}
     * @return the standard output of the probe
     */
    public static String run(Path work, List<Class<?>> modulePath, List<String> requires, String mainBody) {
        String path = modulePath.stream().map(ModulePathRun::locationOf).distinct()
                .map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        Path classes = compile(work, path, requires, mainBody);
        return launch(path + File.pathSeparator + classes);
    }

    private static Path compile(Path work, String modulePath, List<String> requires, String mainBody) {
        try {
            Path src = Files.createDirectories(work.resolve("src"));
            Files.writeString(src.resolve("module-info.java"), "module congdanso.probe {\n"
                    + requires.stream().map(r -> "    requires " + r + ";\n").collect(Collectors.joining()) + "}\n");
            Path pkg = Files.createDirectories(src.resolve("probe"));
            Files.writeString(pkg.resolve("Main.java"), "package probe;\n\npublic final class Main {\n"
                    + "    public static void main(String[] args) throws Exception {\n" + mainBody + "\n    }\n}\n");
            Path classes = work.resolve("classes");
            StringWriter errors = new StringWriter();
            PrintWriter err = new PrintWriter(errors);
            int status = ToolProvider.findFirst("javac").orElseThrow().run(err, err,
                    "--module-path", modulePath, "-d", classes.toString(),
                    src.resolve("module-info.java").toString(), pkg.resolve("Main.java").toString());
            if (status != 0) {
                throw new AssertionError("the probe module does not compile:\n" + errors);
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String launch(String modulePath) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath, "--limit-modules", "congdanso.probe", "--module", "congdanso.probe/probe.Main"));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the probe ran longer than " + TIMEOUT_SECONDS + " s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError("the probe failed with status " + process.exitValue() + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while the probe ran", e);
        }
    }

    private static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no file location for " + type, e);
        }
    }

    /** The names of the modules in the boot layer, as a probe prints them with {@link #PRINT_MODULES}. */
    public static Set<String> modules(String output) {
        return output.lines().filter(l -> l.startsWith("module ")).map(l -> l.substring("module ".length()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
