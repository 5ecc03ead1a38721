package vn.congdanso.payments.callback.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import vn.congdanso.core.RejectedException;
import vn.congdanso.payments.callback.CallbackError;

/** The databases the JDBC store speaks to, and the few statements whose syntax differs. */
enum Dialect {
    /** H2 2.x: no transactional DDL; a failed statement leaves its transaction usable. */
    H2,
    /** PostgreSQL: transactional DDL; a failed statement aborts its transaction. */
    POSTGRESQL;

    /** SQLState of a unique-constraint violation, the same on both. */
    static final String UNIQUE_VIOLATION = "23505";

    /** The dialect of {@code connection}'s database. */
    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.startsWith("h2")) {
            return H2;
        }
        if (product.startsWith("postgresql")) {
            return POSTGRESQL;
        }
        throw new RejectedException(CallbackError.UNSUPPORTED_DATABASE,
                "the callback store runs on H2 or PostgreSQL, not " + product);
    }

    /** Whether inserting a duplicate key must be written as {@code ON CONFLICT DO NOTHING}. */
    boolean insertsWithOnConflict() {
        return this == POSTGRESQL;
    }

    /** Whether an update can feed an insert in one statement (a data-modifying {@code WITH}). */
    boolean chainsWrites() {
        return this == POSTGRESQL;
    }

    /**
     * Whether the store gives each statement its own timeout ({@code Statement.setQueryTimeout}).
     * Not on H2: there the query timeout is a session setting, and each call runs
     * {@code SET QUERY_TIMEOUT}, which makes every session of the database compile its
     * statements again. H2's statements wait only on row locks, bounded by its
     * {@code LOCK_TIMEOUT}.
     */
    boolean timesOutPerStatement() {
        return this == POSTGRESQL;
    }

    /**
     * Whether a cheap read should decide whether there is a row to lock before
     * {@code SELECT … FOR UPDATE}: on H2, which does not keep locking queries compiled.
     */
    boolean probesBeforeLocking() {
        return this == H2;
    }

    /** Whether concurrent migrations must serialise on a database lock (transactional DDL). */
    boolean locksMigrations() {
        return this == POSTGRESQL;
    }
}
