package vn.congdanso.payments.callback;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JDBC store makes an H2 file database write each commit before acknowledging it. */
class H2DurabilityTest {

    @TempDir
    Path dir;

    @Test
    void firstUseTurnsOffTheWriteDelayPersistently() throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("durable").toAbsolutePath();
        assertThat(writeDelay(url)).isEqualTo("500");
        TestPool pool = new TestPool(url);
        try {
            JdbcCallbackStore.builder().dataSource(pool).build().migrate();
        } finally {
            pool.dispose();
        }
        assertThat(writeDelay(url)).as("after a restart").isEqualTo("0");
    }

    @Test
    void refusesAFileDatabaseThatDelaysWritesWhenItMayNotChangeThat() throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("shared").toAbsolutePath();
        try (Connection admin = DriverManager.getConnection(url);
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE USER app PASSWORD 'app-test'");
        }
        TestPool pool = new TestPool(url + ";USER=app;PASSWORD=app-test");
        try {
            JdbcCallbackStore store = JdbcCallbackStore.builder().dataSource(pool).build();
            assertThatThrownBy(() -> store.createOrder("ORDER-1", Vnd.of(10_000)))
                    .isInstanceOfSatisfying(RejectedException.class,
                            e -> assertThat(e.code()).isEqualTo(CallbackError.UNSUPPORTED_DATABASE))
                    .hasMessageContaining("WRITE_DELAY");
        } finally {
            pool.dispose();
        }
        assertThat(writeDelay(url)).isEqualTo("500");
    }

    private static String writeDelay(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
