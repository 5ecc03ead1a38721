package vn.congdanso.spring.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import static java.util.Objects.requireNonNull;

/**
 * A named lease in the {@code congdanso_lease} table, so that of several app instances sharing
 * one database only one runs a scheduled job per period. Taking it is one conditional
 * {@code UPDATE} (free, expired, or already ours), or an {@code INSERT} the primary key lets
 * only one instance win. Thread-safe; works on H2 and PostgreSQL.
 */
public final class DatabaseLease {

    /** The script that creates the table, in the jar (Flyway-style name). */
    public static final String SCRIPT = "vn/congdanso/spring/db/V100__congdanso_lease.sql";

    private static final String TAKE = "UPDATE congdanso_lease SET owner = ?, expires_at = ? "
            + "WHERE name = ? AND (expires_at <= ? OR owner = ?)";
    private static final String CREATE = "INSERT INTO congdanso_lease (name, owner, expires_at) VALUES (?, ?, ?)";

    private final DataSource dataSource;
    private final String name;
    private final String owner;

    /** The lease {@code name} on {@code dataSource}, taken on behalf of {@code owner}. */
    public DatabaseLease(DataSource dataSource, String name, String owner) {
        this.dataSource = requireNonNull(dataSource, "dataSource == null");
        this.name = requireNonNull(name, "name == null");
        this.owner = requireNonNull(owner, "owner == null");
    }

    /** Creates the table when it does not exist; idempotent. */
    public static void migrate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(script());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create congdanso_lease: " + e.getMessage(), e);
        }
    }

    /**
     * Takes or renews the lease until {@code now + term}.
     *
     * @return true when this owner holds it now; false when another instance holds it, or the
     *         database could not be reached
     */
    public boolean tryAcquire(Instant now, Duration term) {
        long until = now.plus(term).toEpochMilli();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement take = connection.prepareStatement(TAKE)) {
                take.setString(1, owner);
                take.setLong(2, until);
                take.setString(3, name);
                take.setLong(4, now.toEpochMilli());
                take.setString(5, owner);
                if (take.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement create = connection.prepareStatement(CREATE)) {
                create.setString(1, name);
                create.setString(2, owner);
                create.setLong(3, until);
                return create.executeUpdate() == 1;
            } catch (SQLException taken) {
                return false;
            }
        } catch (SQLException e) {
            return false;
        }
    }

    private static String script() {
        try (InputStream in = DatabaseLease.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
