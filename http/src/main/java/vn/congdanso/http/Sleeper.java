package vn.congdanso.http;

import java.time.Duration;

/** How the transport waits between attempts; replaced in tests to observe back-off without waiting. */
@FunctionalInterface
public interface Sleeper {

    /** The real thing: {@link Thread#sleep(long)}. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    /** Waits for {@code duration}; throws if the thread is interrupted. */
    void sleep(Duration duration) throws InterruptedException;
}
