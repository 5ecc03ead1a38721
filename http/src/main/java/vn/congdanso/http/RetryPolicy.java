package vn.congdanso.http;

import java.time.Duration;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/**
 * How often and how patiently the transport repeats a failed call. Only calls that are safe to
 * repeat are retried: GET and HEAD, and requests carrying an idempotency key. Waits grow
 * exponentially from {@code initialBackoff} up to {@code maxBackoff}, with full jitter; a
 * {@code Retry-After} header on 429 or 503 is honoured up to {@code maxRetryAfter}, beyond which
 * the call fails at once instead of blocking the caller.
 *
 * @param maxAttempts    attempts in all, at least 1 (1 means no retry)
 * @param initialBackoff the first wait
 * @param maxBackoff     the longest computed wait
 * @param maxRetryAfter  the longest server-requested wait the transport accepts
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    private static final int MAX_ATTEMPTS = 10;

    /** Validates the components. */
    public RetryPolicy {
        requireNonNull(initialBackoff, "initialBackoff == null");
        requireNonNull(maxBackoff, "maxBackoff == null");
        requireNonNull(maxRetryAfter, "maxRetryAfter == null");
        if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "maxAttempts must be 1.." + MAX_ATTEMPTS);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0 || maxRetryAfter.isNegative()) {
            throw new RejectedException(CoreError.BAD_ARGUMENT,
                    "back-off durations must be non-negative and maxBackoff >= initialBackoff");
        }
    }

    /** Three attempts, 200 ms doubling up to 5 s, Retry-After honoured up to 30 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    /** A single attempt. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /** The upper bound of the jittered wait after failed attempt number {@code attempt} (1-based). */
    Duration backoffCeiling(int attempt) {
        long ceiling = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(Math.max(ceiling, 0), maxBackoff.toMillis()));
    }
}
