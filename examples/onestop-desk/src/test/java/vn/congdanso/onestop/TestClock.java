package vn.congdanso.onestop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test moves by hand, made the desk's primary {@link Clock} bean by starting the desk
 * with {@link #ARGUMENT} (an extra configuration source, {@code spring.main.sources}).
 */
public final class TestClock extends Clock {

    /** The argument that installs a fresh {@link TestClock} in a desk. */
    public static final String ARGUMENT = "--spring.main.sources=" + Config.class.getName();

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    /** Moves the time on by {@code duration}. */
    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    /** Sets the time. */
    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    /**
     * Defines a {@link TestClock} as the primary clock. Deliberately not a {@code @Configuration}:
     * the desk's component scan would pick it up from the test classpath and freeze the clock of
     * every test desk; named in {@code spring.main.sources}, its {@code @Bean} method still applies.
     */
    public static class Config {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
