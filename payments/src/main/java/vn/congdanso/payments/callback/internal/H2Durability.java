package vn.congdanso.payments.callback.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.congdanso.core.RejectedException;
import vn.congdanso.payments.callback.CallbackError;

/**
 * Makes an H2 file database flush every commit before acknowledging it. H2's default
 * {@code WRITE_DELAY} of 500 ms acknowledges a commit up to half a second before writing it,
 * so a killed JVM would lose transitions whose "applied" the gateway already heard and will
 * never redeliver. {@code WRITE_DELAY} is a persistent database setting: setting it to 0 once
 * makes the database safe for every later connection, from any process.
 */
final class H2Durability {

    private static final Logger LOG = LoggerFactory.getLogger(H2Durability.class);
    private static final String WRITE_DELAY =
            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'";
    /** H2's SQLState for a command only an admin may run. */
    private static final String ADMIN_RIGHTS_REQUIRED = "90040";
    private static final int ATTEMPTS = 5;

    private H2Durability() {
    }

    /**
     * Sets {@code WRITE_DELAY 0} on {@code connection}'s database when it is file-based and
     * delays writes. In-memory databases are left alone (they survive no crash anyway).
     *
     * @throws RejectedException {@link CallbackError#UNSUPPORTED_DATABASE} when the write delay
     *         is not 0 and this user may not change it (it needs admin rights)
     * @throws SQLException when the database fails
     */
    static void ensure(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (!isFileBased(statement)) {
                return;
            }
            // Set it on every first use, even when the database already reports 0: the persisted
            // value is not always the one the reopened store runs with, and the crash test lost
            // acknowledged commits when the store trusted the report.
            for (int attempt = 1; ; attempt++) {
                if (turnOff(statement, writeDelay(statement), attempt)) {
                    return;
                }
            }
        }
    }

    /**
     * Runs {@code SET WRITE_DELAY 0}; false when it should be tried again (another connection
     * held a lock, as during concurrent migrations).
     */
    private static boolean turnOff(Statement statement, String delay, int attempt) throws SQLException {
        try {
            statement.execute("SET WRITE_DELAY 0");
        } catch (SQLException e) {
            if (ADMIN_RIGHTS_REQUIRED.equals(e.getSQLState()) && "0".equals(delay)) {
                LOG.warn("H2 reports WRITE_DELAY 0 but this user may not set it for this session; add"
                        + " ;WRITE_DELAY=0 to the JDBC URL so that no acknowledged callback can be lost in a crash");
                return true;
            }
            if (ADMIN_RIGHTS_REQUIRED.equals(e.getSQLState())) {
                throw new RejectedException(CallbackError.UNSUPPORTED_DATABASE, "the H2 file database acknowledges"
                        + " commits " + delay + " ms before writing them, which loses callbacks on a crash, and this"
                        + " user may not change it: as an admin run SET WRITE_DELAY 0 once, or add ;WRITE_DELAY=0"
                        + " to the admin's JDBC URL");
            }
            if (attempt == ATTEMPTS) {
                throw e;
            }
            return false;
        }
        if (!"0".equals(delay)) {
            LOG.info("H2 WRITE_DELAY was {} ms: set to 0 so that every acknowledged callback is on disk"
                    + " (a persistent database setting)", delay);
        }
        return true;
    }

    private static boolean isFileBased(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT DATABASE_PATH()")) {
            return rows.next() && rows.getString(1) != null;
        }
    }

    private static String writeDelay(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery(WRITE_DELAY)) {
            return rows.next() ? rows.getString(1) : "unknown";
        }
    }
}
