package vn.congdanso.core;

import java.nio.file.FileSystemException;
import java.util.regex.Pattern;

import vn.congdanso.core.privacy.Redactor;

/**
 * Stands in for a foreign exception (from the JDK or a library) in the cause chain of a
 * {@link CongDanSoException}, whose message may hold a file name, a URL or an input value. It
 * keeps the original's class name (in {@link #toString()}), stack trace, causes and suppressed
 * exceptions (each replaced in turn), but carries a redacted message: numbers masked as by
 * {@link Redactor#redactFields(CharSequence)}, values between quotes hidden, the directories of
 * file paths dropped, and for a {@link FileSystemException} only the file's masked name and the
 * reason.
 */
final class RedactedCause extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_DEPTH = 16;
    private static final Pattern DIRECTORIES =
            Pattern.compile("(?<![:/\\\\\\w.])(?:[A-Za-z]:)?[/\\\\](?:[^\\s/\\\\:'\"]+[/\\\\])+");
    private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"[^\"\\n]{0,200}\"");
    private static final Pattern SINGLE_QUOTED = Pattern.compile("(?<![\\p{L}\\p{N}])'[^'\\n]{0,200}'");
    private static final String HIDDEN = "****";

    private final String originalClass;

    private RedactedCause(Throwable original, int depth) {
        super(redactedMessage(original), of(original.getCause(), depth + 1), true, true);
        this.originalClass = original.getClass().getName();
        setStackTrace(original.getStackTrace());
        for (Throwable suppressed : original.getSuppressed()) {
            Throwable safe = of(suppressed, depth + 1);
            if (safe != null) {
                addSuppressed(safe);
            }
        }
    }

    /**
     * {@code cause} itself when it is null or already an SDK exception (whose messages are
     * redacted at construction), otherwise a redacted stand-in.
     */
    static Throwable of(Throwable cause) {
        return of(cause, 0);
    }

    private static Throwable of(Throwable cause, int depth) {
        if (cause == null || depth >= MAX_DEPTH) {
            return null;
        }
        if (cause instanceof CongDanSoException || cause instanceof RedactedCause) {
            return cause;
        }
        return new RedactedCause(cause, depth);
    }

    /** The name of the class this stands in for, such as {@code java.nio.file.NoSuchFileException}. */
    String originalClass() {
        return originalClass;
    }

    @Override
    public String toString() {
        String message = getMessage();
        return message == null ? originalClass : originalClass + ": " + message;
    }

    private static String redactedMessage(Throwable original) {
        if (original instanceof FileSystemException fileSystem) {
            return fileSystemMessage(fileSystem);
        }
        String message = original.getMessage();
        return message == null ? null : redactText(message);
    }

    private static String fileSystemMessage(FileSystemException e) {
        StringBuilder text = new StringBuilder();
        if (e.getFile() != null) {
            text.append("file ").append(Redactor.redact(fileName(e.getFile())));
        }
        if (e.getOtherFile() != null) {
            text.append(" -> ").append(Redactor.redact(fileName(e.getOtherFile())));
        }
        if (e.getReason() != null) {
            text.append(text.length() == 0 ? "" : ": ").append(redactText(e.getReason()));
        }
        return text.toString();
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : "…" + path.substring(slash);
    }

    private static String redactText(String message) {
        String text = DIRECTORIES.matcher(message).replaceAll("…/");
        text = DOUBLE_QUOTED.matcher(text).replaceAll('"' + HIDDEN + '"');
        text = SINGLE_QUOTED.matcher(text).replaceAll('\'' + HIDDEN + '\'');
        return Redactor.redactFields(text);
    }
}
