package vn.congdanso.payments.callback;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** Crash safety on H2 in file mode. */
class H2FileCrashTest extends CrashSafetyContract {

    @TempDir
    Path dir;

    @Override
    Databases.Db database() {
        return Databases.h2File(dir);
    }
}
