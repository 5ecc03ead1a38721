package vn.congdanso.spring.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import vn.congdanso.payments.callback.CallbackStore;

/**
 * The callback store's health: UP when it answers, with the number of orders PENDING for
 * longer than the reconciler's threshold (capped at {@value #LIMIT}) and the reconciler's last
 * run on this instance; DOWN when the store fails. Details carry counts and times only.
 */
public final class CallbackHealthIndicator implements HealthIndicator {

    static final int LIMIT = 1000;

    private final CallbackStore store;
    private final Duration threshold;
    private final Clock clock;
    private final Optional<ReconcileScheduler> scheduler;

    /** Health of {@code store}, overdue after {@code threshold}. */
    public CallbackHealthIndicator(CallbackStore store, Duration threshold, Clock clock,
            Optional<ReconcileScheduler> scheduler) {
        this.store = store;
        this.threshold = threshold;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    @Override
    public Health health() {
        try {
            int overdue = store.pendingBefore(clock.instant().minus(threshold), LIMIT).size();
            Health.Builder health = Health.up().withDetail("pendingOverdue", overdue)
                    .withDetail("pendingThreshold", threshold.toString());
            scheduler.flatMap(ReconcileScheduler::lastRun).ifPresent(run -> health
                    .withDetail("reconcilerLastRun", run.at().toString())
                    .withDetail("reconcilerLastReport", run.report().toString()));
            return health.build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getName()).build();
        }
    }
}
