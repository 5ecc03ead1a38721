package vn.congdanso.onestop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

import vn.congdanso.core.time.VnTime;

/**
 * A clock the test moves by hand, for a desk started with the profile {@value #PROFILE}
 * ({@code DeskApp.start("--spring.profiles.active=" + SettableClock.PROFILE)}); the desk's one
 * {@link Clock} bean then is this one. Thread-safe.
 */
public final class SettableClock extends Clock {

    /** The profile that gives a desk this clock. */
    public static final String PROFILE = "settable-clock";

    private final AtomicReference<Instant> now;

    private SettableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** Sets the time. */
    public void set(Instant instant) {
        now.set(instant);
    }

    /** Moves the time on by {@code step}. */
    public void advance(Duration step) {
        now.updateAndGet(instant -> instant.plus(step));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return VnTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    /** Gives a desk started with {@link #PROFILE} a {@link SettableClock} at the time of starting. */
    @Configuration(proxyBeanMethods = false)
    @Profile(PROFILE)
    static class Config {

        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock(Instant.now());
        }
    }
}
