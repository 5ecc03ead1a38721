package vn.congdanso.spring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import vn.congdanso.payments.callback.ReconcileReport;

import static java.util.Objects.requireNonNull;

/**
 * Runs the reconciler every interval on one daemon thread, on one instance at a time: each
 * tick first takes the {@link DatabaseLease} for one interval, and skips the run when another
 * instance holds it. A failed run is logged and left for the next tick.
 */
public final class ReconcileScheduler implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ReconcileScheduler.class);

    private final Supplier<ReconcileReport> reconciler;
    private final DatabaseLease lease;
    private final Duration interval;
    private final Clock clock;
    private final CallbackObserver observer;
    private final AtomicReference<Run> lastRun = new AtomicReference<>();
    private ScheduledExecutorService executor;

    /** What one run did, and when. */
    public record Run(Instant at, ReconcileReport report) {
    }

    /** A scheduler of {@code reconciler} every {@code interval} under {@code lease}. */
    public ReconcileScheduler(Supplier<ReconcileReport> reconciler, DatabaseLease lease, Duration interval,
            Clock clock, CallbackObserver observer) {
        this.reconciler = requireNonNull(reconciler, "reconciler == null");
        this.lease = requireNonNull(lease, "lease == null");
        this.interval = requireNonNull(interval, "interval == null");
        this.clock = requireNonNull(clock, "clock == null");
        this.observer = requireNonNull(observer, "observer == null");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive");
        }
    }

    /**
     * One tick: runs the reconciler if this instance takes the lease.
     *
     * @return the run, empty when another instance holds the lease or the run failed
     */
    public Optional<Run> tick() {
        Instant now = clock.instant();
        if (!lease.tryAcquire(now, interval)) {
            return Optional.empty();
        }
        try {
            Run run = new Run(now, reconciler.get());
            lastRun.set(run);
            observer.reconciled(run.report());
            return Optional.of(run);
        } catch (RuntimeException e) {
            LOG.warn("congdanso reconciler run failed ({}); the next tick retries", e.getClass().getName());
            return Optional.empty();
        }
    }

    /** The last run on this instance, empty before the first. */
    public Optional<Run> lastRun() {
        return Optional.ofNullable(lastRun.get());
    }

    @Override
    public synchronized void start() {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "congdanso-reconciler");
                thread.setDaemon(true);
                return thread;
            });
            long millis = interval.toMillis();
            executor.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
