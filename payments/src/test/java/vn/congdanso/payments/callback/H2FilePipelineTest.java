package vn.congdanso.payments.callback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The pipeline's rules on the JDBC store over H2 in file mode. */
class H2FilePipelineTest extends JdbcPipelineContract {

    @TempDir
    Path dir;

    @Override
    Databases.Db database() {
        try {
            return Databases.h2File(Files.createTempDirectory(dir, "db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
