package vn.congdanso.spring;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The callback endpoints on PostgreSQL, in a fresh schema dropped afterwards. The server comes
 * from {@code CONGDANSO_TEST_PG_URL} (a JDBC URL with credentials); without it the test is
 * skipped, except in CI ({@code CI=true}) where it fails.
 */
class CallbackEndpointsPostgresTest extends CallbackEndpointsContract {

    private static final String PG_URL = "CONGDANSO_TEST_PG_URL";
    private static final String SCHEMA = ("spring_" + ProcessHandle.current().pid() + "_"
            + Long.toString(System.nanoTime(), 36)).toLowerCase(Locale.ROOT);

    /** Runs before the Spring context loads, so a missing server skips (or fails) the class cleanly. */
    @BeforeAll
    static void createSchema() {
        execute(baseUrl(), "CREATE SCHEMA " + SCHEMA);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> {
            String base = baseUrl();
            return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        });
    }

    @AfterAll
    static void dropSchema() {
        String base = System.getenv(PG_URL);
        if (base != null && !base.isBlank()) {
            execute(base, "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    private static String baseUrl() {
        String base = System.getenv(PG_URL);
        if (base == null || base.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(PG_URL + " is not set: CI must run the PostgreSQL tests");
            }
            Assumptions.abort(PG_URL + " is not set: PostgreSQL tests skipped");
        }
        return base;
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
