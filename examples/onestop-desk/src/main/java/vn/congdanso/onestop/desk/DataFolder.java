package vn.congdanso.onestop.desk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;

/**
 * The app's data folder ({@code CONGDANSO_DATA_DIR}, default {@code ./onestop-data}): the H2
 * database, the generated sandbox keys and the development sign-in provider's key live here, so
 * a restart on the same folder keeps every order, dossier and key.
 *
 * @param root the folder, absolute and normalised
 */
public record DataFolder(Path root) {

    /** The property naming the folder; the environment variable {@code CONGDANSO_DATA_DIR} sets it. */
    public static final String PROPERTY = "onestop.data-dir";

    public DataFolder {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
    }

    /**
     * Creates the folder if it is missing: owner-only ({@code rwx------}) where the file system has
     * POSIX permissions, since the database in it holds personal data and the keys beside it are
     * secrets. An existing folder is used as it is.
     */
    public DataFolder create() {
        try {
            if (Files.isDirectory(root)) {
                return this;
            }
            Path parent = root.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (parent != null && Files.getFileStore(parent).supportsFileAttributeView("posix")) {
                Files.createDirectory(root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(root);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + root, e);
        }
    }

    /** A file in the folder. */
    public Path file(String name) {
        return root.resolve(name);
    }

    /**
     * Writes a file readable by its owner only (keys), atomically: a crash leaves the old file or
     * the new one, never half of one.
     */
    public void writePrivate(String name, String content) {
        Path target = file(name);
        Path partial = file(name + ".partial");
        try {
            Files.deleteIfExists(partial);
            if (Files.getFileStore(root).supportsFileAttributeView("posix")) {
                Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(partial, content);
            Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
