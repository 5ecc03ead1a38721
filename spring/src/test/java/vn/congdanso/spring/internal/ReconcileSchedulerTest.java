package vn.congdanso.spring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.congdanso.payments.callback.ReconcileReport;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances of the scheduler on one database: one run per period, taken over after expiry. */
class ReconcileSchedulerTest {

    private static final Duration INTERVAL = Duration.ofMinutes(5);
    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    private final AtomicInteger runsA = new AtomicInteger();
    private final AtomicInteger runsB = new AtomicInteger();
    private JdbcDataSource database;

    @BeforeEach
    void database() {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:lease-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        DatabaseLease.migrate(database);
    }

    @Test
    void onlyOneOfTwoInstancesRunsPerPeriod() {
        assertThat(scheduler("a", runsA, T0).tick()).isPresent();
        assertThat(scheduler("b", runsB, T0.plusSeconds(1)).tick()).isEmpty();
        assertThat(scheduler("b", runsB, T0.plus(INTERVAL).minusSeconds(1)).tick()).isEmpty();

        assertThat(runsA).hasValue(1);
        assertThat(runsB).hasValue(0);
    }

    @Test
    void theHolderRenewsItsLeaseEachPeriod() {
        scheduler("a", runsA, T0).tick();
        scheduler("a", runsA, T0.plusSeconds(60)).tick();
        assertThat(scheduler("b", runsB, T0.plus(INTERVAL).plusSeconds(1)).tick()).isEmpty();

        assertThat(runsA).hasValue(2);
        assertThat(runsB).hasValue(0);
    }

    @Test
    void anotherInstanceTakesOverWhenTheHolderStopsRenewing() {
        scheduler("a", runsA, T0).tick();
        assertThat(scheduler("b", runsB, T0.plus(INTERVAL)).tick()).isPresent();

        assertThat(runsB).hasValue(1);
        assertThat(scheduler("a", runsA, T0.plus(INTERVAL).plusSeconds(1)).tick()).isEmpty();
    }

    @Test
    void migrateIsIdempotent() {
        DatabaseLease.migrate(database);
        assertThat(scheduler("a", runsA, T0).tick()).isPresent();
    }

    @Test
    void aFailedRunIsSkippedAndRemembersNothing() {
        ReconcileScheduler failing = new ReconcileScheduler(() -> {
            throw new IllegalStateException("gateway down");
        }, new DatabaseLease(database, "job", "a"), INTERVAL, Clock.fixed(T0, ZoneOffset.UTC), CallbackObserver.NONE);

        assertThat(failing.tick()).isEmpty();
        assertThat(failing.lastRun()).isEmpty();
    }

    @Test
    void anUnreachableDatabaseMeansNoRun() {
        JdbcDataSource missing = new JdbcDataSource();
        missing.setURL("jdbc:h2:mem:none-" + UUID.randomUUID() + ";IFEXISTS=TRUE");
        ReconcileScheduler scheduler = new ReconcileScheduler(() -> report(), new DatabaseLease(missing, "job", "a"),
                INTERVAL, Clock.fixed(T0, ZoneOffset.UTC), CallbackObserver.NONE);

        assertThat(scheduler.tick()).isEmpty();
    }

    private ReconcileScheduler scheduler(String owner, AtomicInteger runs, Instant now) {
        return new ReconcileScheduler(() -> {
            runs.incrementAndGet();
            return report();
        }, new DatabaseLease(database, "job", owner), INTERVAL, Clock.fixed(now, ZoneOffset.UTC), CallbackObserver.NONE);
    }

    private static ReconcileReport report() {
        return new ReconcileReport(0, 0, 0, 0, 0);
    }
}
