package vn.congdanso.payments.callback.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.congdanso.core.RejectedException;
import vn.congdanso.payments.callback.CallbackError;

/**
 * Applies the versioned SQL scripts shipped under {@code vn/congdanso/payments/callback/db/},
 * recording each in {@code congdanso_schema_version}. Safe when several instances migrate at
 * once: every script statement is idempotent ({@code IF NOT EXISTS}); on PostgreSQL a script
 * and its version row also commit together under a transaction-scoped advisory lock, and on H2
 * (no transactional DDL) a version row that another instance inserted first is simply kept.
 */
final class Migrator {

    /** The scripts in order; the number after {@code V} is the version. */
    static final List<String> SCRIPTS = List.of("V1__callbacks.sql");

    private static final String RESOURCE_DIR = "/vn/congdanso/payments/callback/db/";
    private static final int RACE_ATTEMPTS = 5;
    private static final long ADVISORY_LOCK = 0x636f6e6764616e73L;
    private static final String VERSION_TABLE = "CREATE TABLE IF NOT EXISTS congdanso_schema_version ("
            + " version INTEGER NOT NULL PRIMARY KEY, script VARCHAR(200) NOT NULL,"
            + " applied_at TIMESTAMP WITH TIME ZONE NOT NULL)";

    private Migrator() {
    }

    /** Brings the schema up to the newest script; returns how many scripts this call applied. */
    static int migrate(Connection connection, Dialect dialect, Instant now) throws SQLException {
        createVersionTable(connection);
        refuseNewerSchema(connection);
        int applied = 0;
        for (String script : SCRIPTS) {
            if (applyRetrying(connection, dialect, script, now)) {
                applied++;
            }
        }
        return applied;
    }

    private static void createVersionTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(VERSION_TABLE);
        } catch (SQLException raced) {
            // PostgreSQL may report a concurrent CREATE TABLE IF NOT EXISTS as a duplicate type;
            // the table exists now, which the next statement proves.
            try (Statement statement = connection.createStatement()) {
                statement.execute(VERSION_TABLE);
            }
        }
    }

    private static void refuseNewerSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM congdanso_schema_version")) {
            rows.next();
            int newest = rows.getInt(1);
            if (newest > SCRIPTS.size()) {
                throw new RejectedException(CallbackError.UNSUPPORTED_SCHEMA, "the callback schema is at version "
                        + newest + ", newer than this SDK's " + SCRIPTS.size());
            }
        }
    }

    /**
     * On H2, whose DDL commits at once and so cannot be serialised by a lock, two instances may
     * race inside one idempotent script: the loser sees "object already exists" and runs the
     * script again, which then finds everything in place.
     */
    private static boolean applyRetrying(Connection connection, Dialect dialect, String script, Instant now)
            throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return apply(connection, dialect, script, now);
            } catch (SQLException e) {
                if (dialect.locksMigrations() || attempt == RACE_ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) throws SQLException {
        try {
            Thread.sleep(20L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("migration interrupted", e);
        }
    }

    private static boolean apply(Connection connection, Dialect dialect, String script, Instant now)
            throws SQLException {
        int version = SCRIPTS.indexOf(script) + 1;
        connection.setAutoCommit(false);
        try {
            if (dialect.locksMigrations()) {
                try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, ADVISORY_LOCK);
                    lock.execute();
                }
            }
            boolean applied = !isRecorded(connection, version) && run(connection, script, version, now);
            connection.commit();
            return applied;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static boolean isRecorded(Connection connection, int version) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT 1 FROM congdanso_schema_version WHERE version = ?")) {
            statement.setInt(1, version);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static boolean run(Connection connection, String script, int version, Instant now) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(script)) {
                statement.execute(sql);
            }
        }
        try (PreparedStatement record = connection.prepareStatement(
                "INSERT INTO congdanso_schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
            record.setInt(1, version);
            record.setString(2, script);
            record.setObject(3, Sql.timestamp(now));
            record.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (Dialect.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /** The statements of {@code script}: comment lines dropped, split at semicolons. */
    static List<String> statements(String script) {
        StringBuilder text = new StringBuilder();
        for (String line : read(script).split("\n")) {
            if (!line.strip().startsWith("--")) {
                text.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String sql : text.toString().split(";")) {
            if (!sql.isBlank()) {
                statements.add(sql.strip());
            }
        }
        return statements;
    }

    private static String read(String script) {
        try (InputStream in = Migrator.class.getResourceAsStream(RESOURCE_DIR + script)) {
            if (in == null) {
                throw new RejectedException(CallbackError.UNSUPPORTED_SCHEMA, "migration script " + script
                        + " missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RejectedException(CallbackError.UNSUPPORTED_SCHEMA, "migration script " + script
                    + " unreadable", e);
        }
    }
}
