package vn.congdanso.cli;

import java.io.IOException;
import java.nio.charset.Charset;
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
 * are read as UTF-8 and lose one trailing line break, so {@code echo KEY > file} works. A file
 * that is missing, unreadable or larger than {@value #MAX_FILE_BYTES} bytes is a
 * {@link LocalFileException}; its size is checked before it is read.
 */
final class Inputs {

    /** The largest text file (an {@code @file}, a PEM key) the tool reads. */
    static final long MAX_FILE_BYTES = 1 << 20;

    private Inputs() {
    }

    /** {@code value} itself, or the content of the file it names when it starts with {@code @}. */
    static String textOrFile(String value) {
        if (!value.startsWith("@") || value.length() == 1) {
            return value;
        }
        return stripTrailingNewline(readText(Path.of(value.substring(1)), StandardCharsets.UTF_8));
    }

    /** The text of {@code file}, at most {@value #MAX_FILE_BYTES} bytes. */
    static String readText(Path file, Charset charset) {
        requireReadable(file);
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw LocalFileException.cannotRead(file, "larger than " + MAX_FILE_BYTES + " bytes");
            }
            return Files.readString(file, charset);
        } catch (IOException e) {
            throw LocalFileException.cannotRead(file, e);
        }
    }

    /** Checks that {@code file} is a readable regular file, so a missing one is not mistaken for bad content. */
    static Path requireReadable(Path file) {
        if (!Files.exists(file)) {
            throw LocalFileException.cannotRead(file, "no such file or directory");
        }
        if (!Files.isRegularFile(file)) {
            throw LocalFileException.cannotRead(file, "not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw LocalFileException.cannotRead(file, "permission denied");
        }
        return file;
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
        return Secret.of(textOrFile(given.get()));
    }

    private static String stripTrailingNewline(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
