package vn.congdanso.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The project's shared test material in {@code ../shared} beside the repository root (the build
 * passes its location as the system property {@code congdanso.shared}). Missing material fails
 * the test: every vector must pass.
 */
public final class SharedVectors {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SharedVectors() {
    }

    /** The shared directory. */
    public static Path root() {
        String configured = System.getProperty("congdanso.shared");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("shared test material not found at " + root.toAbsolutePath());
        }
        return root.normalize();
    }

    /** A file under {@code shared/}, for example {@code vectors/vietqr.json}. */
    public static Path path(String relative) {
        Path path = root().resolve(relative);
        if (!Files.exists(path)) {
            throw new IllegalStateException("missing shared test material: " + path);
        }
        return path;
    }

    /** A JSON file under {@code shared/} as a tree. */
    public static JsonNode json(String relative) {
        try {
            return MAPPER.readTree(path(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code vectors} array of {@code shared/vectors/<name>.json}. */
    public static JsonNode vectors(String name) {
        return json("vectors/" + name + ".json").get("vectors");
    }
}
