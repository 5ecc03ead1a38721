package vn.congdanso.payments.callback;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the store tests run on. PostgreSQL comes from {@code CONGDANSO_TEST_PG_URL};
 * without it the PostgreSQL tests are skipped, except in CI ({@code CI=true}) where they fail.
 * Each test database is fresh: a new H2 name (in memory, it lives while its pool holds a
 * connection), or a new PostgreSQL schema.
 */
final class Databases {

    static final String PG_URL_VARIABLE = "CONGDANSO_TEST_PG_URL";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Databases() {
    }

    /** A pooled data source and the JDBC URL it reaches (for forked JVMs). */
    record Db(String url, TestPool pool) {
        DataSource dataSource() {
            return pool;
        }

        /** Closes the pool and, on PostgreSQL, drops the test's schema. */
        void close() {
            pool.dispose();
            int at = url.indexOf("currentSchema=");
            if (url.startsWith("jdbc:postgresql:") && at > 0) {
                String base = url.substring(0, at - 1);
                TestPool admin = new TestPool(base);
                execute(admin, "DROP SCHEMA IF EXISTS " + url.substring(at + "currentSchema=".length()) + " CASCADE");
                admin.dispose();
            }
        }
    }

    static Db h2Memory() {
        return h2("jdbc:h2:mem:callbacks" + NEXT.incrementAndGet());
    }

    static Db h2File(Path dir) {
        return h2("jdbc:h2:file:" + dir.resolve("callbacks").toAbsolutePath() + ";WRITE_DELAY=0");
    }

    static Db h2(String url) {
        return new Db(url, new TestPool(url));
    }

    /** A fresh schema in the test PostgreSQL, or the test is skipped (failed in CI). */
    static Db postgres() {
        String base = System.getenv(PG_URL_VARIABLE);
        if (base == null || base.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(PG_URL_VARIABLE + " is not set: CI must run the PostgreSQL tests");
            }
            Assumptions.abort(PG_URL_VARIABLE + " is not set: PostgreSQL tests skipped");
        }
        String schema = ("t" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet() + "_"
                + Long.toString(System.nanoTime(), 36)).toLowerCase(Locale.ROOT);
        TestPool admin = new TestPool(base);
        execute(admin, "CREATE SCHEMA " + schema);
        admin.dispose();
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new Db(url, new TestPool(url));
    }

    static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
