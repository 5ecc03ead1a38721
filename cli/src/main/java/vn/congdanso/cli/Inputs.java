package vn.congdanso.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import vn.congdanso.core.Secret;
import vn.congdanso.core.privacy.Redactor;

/**
 * Where command arguments come from: a value, {@code @file}, or an environment variable. Files
 * are read as UTF-8 and lose one trailing line break, so {@code echo KEY > file} works.
 */
final class Inputs {

    private Inputs() {
    }

    /** {@code value} itself, or the content of the file it names when it starts with {@code @}. */
    static String textOrFile(CommandSpec spec, String value) {
        if (!value.startsWith("@") || value.length() == 1) {
            return value;
        }
        Path path = Path.of(value.substring(1));
        try {
            return stripTrailingNewline(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "cannot read " + shown(path) + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * A file as messages and results name it: numbers in the file name (scans are often named by
     * ID or phone number) are masked as the SDK's messages mask them; the directories are the
     * operator's and stay.
     */
    static String shown(Path file) {
        Path name = file.getFileName();
        String masked = name == null ? "" : Redactor.redact(name.toString());
        Path parent = file.getParent();
        return parent == null ? masked : parent.resolve(masked).toString();
    }

    /**
     * The secret given by a flag ({@code value} or {@code @file}), else by the environment
     * variable {@code env}; a usage error when neither is set.
     */
    static Secret secret(CommandSpec spec, String value, String option, String env) {
        Optional<String> given = Optional.ofNullable(value).or(() -> Optional.ofNullable(System.getenv(env)))
                .filter(v -> !v.isEmpty());
        if (given.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "missing " + option + " (or set the environment variable " + env + ")");
        }
        return Secret.of(textOrFile(spec, given.get()));
    }

    private static String stripTrailingNewline(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
