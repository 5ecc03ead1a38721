package vn.congdanso.http;

import java.time.Clock;
import java.time.Duration;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.OkHttpClient;
import vn.congdanso.core.CoreError;
import vn.congdanso.core.MisconfiguredException;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.UnavailableException;

import static java.util.Objects.requireNonNull;

/**
 * The SDK's HTTP client: timeouts, a bounded retry policy for calls that are safe to repeat,
 * JSON through one configured {@link ObjectMapper}, the {@code congdanso-java/<version>} user
 * agent, and DEBUG logging (logger {@code vn.congdanso.http}) with secrets and personal data
 * redacted. Thread-safe; build one per remote configuration and share it.
 *
 * <p><b>One deadline per call.</b> {@link Builder#callTimeout(Duration)} bounds the whole of
 * {@link #send(TransportRequest)} and {@link #sendJson(TransportRequest, Class)}: every attempt
 * (connecting, writing, waiting, reading the body), every back-off and every {@code Retry-After}
 * wait. Each attempt gets what is left of it; a wait that would outlast it ends the call at once
 * with {@code core.TIMEOUT}. {@code connectTimeout} and {@code readTimeout} still bound the single
 * steps inside an attempt.
 *
 * <p><b>No redirects.</b> Payment and identity APIs do not redirect, and following one would send
 * the request's headers (API keys, signatures) and body to wherever the answer points. A 3xx
 * answer (other than 304) fails the call with a {@link RejectedException} {@code core.REMOTE_REDIRECTED}
 * naming the status and the target's {@code scheme://host:port}. {@link Builder#allowSameHostRedirects()}
 * follows redirects to the same scheme, host and port only (at most five), never turning a
 * POST or PUT into a GET: 301, 302 and 303 are followed for GET and HEAD only, 307 and 308 keep
 * the method and body. Headers therefore never reach another host. This holds for a
 * caller-supplied {@link OkHttpClient} too: the transport derives its own with OkHttp's redirect
 * following turned off.
 *
 * <p>Messages name the method, {@code scheme://host:port} and the path with numbers masked as
 * {@link vn.congdanso.core.privacy.Redactor} does; never the query. {@link TransportRequest#toString()}
 * shows header names only.
 *
 * <p>The transport does not own a caller-supplied {@link OkHttpClient}: it derives a client that
 * shares its connection pool and dispatcher, so closing is the caller's business. Without one,
 * all transports share a single SDK-wide client.
 */
public interface Transport {

    /**
     * Sends {@code request}, retrying per the {@link RetryPolicy} when it is idempotent and the
     * failure is transient (I/O error, timeout, 429, 5xx), and returns the final response
     * whatever its status.
     *
     * @throws UnavailableException when no response could be had ({@code TRANSPORT_FAILED},
     *                              {@code TIMEOUT}, also when the call timeout leaves no time for the
     *                              next attempt) or the body exceeded the size limit
     * @throws RejectedException    {@code REMOTE_REDIRECTED} for a redirect that is not followed
     */
    TransportResponse send(TransportRequest request);

    /**
     * Sends {@code request} and reads a 2xx JSON body as {@code type}.
     *
     * @throws RejectedException    {@code REMOTE_REJECTED} for a 4xx answer other than 429
     * @throws UnavailableException {@code REMOTE_UNAVAILABLE} for 429 and 5xx (after retries),
     *                              {@code BAD_RESPONSE} for a body that is not the expected JSON,
     *                              and as {@link #send(TransportRequest)}
     * @throws MisconfiguredException {@code MISCONFIGURED} when Jackson cannot map into {@code type}
     *                              for a local reason (its package not opened to
     *                              {@code com.fasterxml.jackson.databind}, no usable constructor);
     *                              the message says what to change
     */
    <T> T sendJson(TransportRequest request, Class<T> type);

    /** The mapper this transport reads and writes JSON with. */
    ObjectMapper objectMapper();

    /**
     * A builder with the defaults: 10 s connect, 30 s read, 60 s for the whole call,
     * {@link RetryPolicy#defaults()}, no redirects followed.
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Transport}. Not thread-safe; the built transport is. */
    final class Builder {
        OkHttpClient client;
        ObjectMapper objectMapper;
        Duration connectTimeout = Duration.ofSeconds(10);
        Duration readTimeout = Duration.ofSeconds(30);
        Duration callTimeout = Duration.ofSeconds(60);
        RetryPolicy retryPolicy = RetryPolicy.defaults();
        Clock clock = Clock.systemUTC();
        Sleeper sleeper = Sleeper.SYSTEM;
        long maxResponseBytes = 8L * 1024 * 1024;
        boolean sameHostRedirects;
        LongSupplier ticker = System::nanoTime;

        Builder() {
        }

        /** The caller's client, whose pool, dispatcher, interceptors and TLS settings are kept. */
        public Builder client(OkHttpClient client) {
            this.client = requireNonNull(client, "client == null");
            return this;
        }

        /** The caller's mapper; configure it as {@link Json#newObjectMapper()} does. */
        public Builder objectMapper(ObjectMapper objectMapper) {
            this.objectMapper = requireNonNull(objectMapper, "objectMapper == null");
            return this;
        }

        /** How long to wait for a TCP/TLS connection. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = requireNonNull(timeout, "timeout == null");
            return this;
        }

        /** How long to wait between two reads of the response. */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = requireNonNull(timeout, "timeout == null");
            return this;
        }

        /**
         * The deadline of a whole call: every attempt from connecting to the last body byte,
         * every back-off and every {@code Retry-After} wait (default 60 s). A call never takes
         * noticeably longer, whatever the retry policy says.
         */
        public Builder callTimeout(Duration timeout) {
            requireNonNull(timeout, "timeout == null");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new RejectedException(CoreError.BAD_ARGUMENT, "callTimeout must be positive");
            }
            this.callTimeout = timeout;
            return this;
        }

        /**
         * Weakens the default: follows a redirect to the same scheme, host and port (at most five
         * in a row; 307 and 308 for any method, 301, 302 and 303 for GET and HEAD only). Redirects
         * to another origin are still refused. Logged at WARN when the transport is built.
         */
        public Builder allowSameHostRedirects() {
            this.sameHostRedirects = true;
            return this;
        }

        /** The retry policy; {@link RetryPolicy#none()} disables retries. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = requireNonNull(retryPolicy, "retryPolicy == null");
            return this;
        }

        /** The clock that dates in {@code Retry-After} headers are measured against. */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock == null");
            return this;
        }

        /** How the transport waits between attempts. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = requireNonNull(sleeper, "sleeper == null");
            return this;
        }

        /** The monotonic nanosecond source the call timeout is measured with; replaced in tests. */
        Builder ticker(LongSupplier ticker) {
            this.ticker = requireNonNull(ticker, "ticker == null");
            return this;
        }

        /** The largest response body accepted (default 8 MiB, at most 1 GiB); larger ones fail the call. */
        public Builder maxResponseBytes(long maxResponseBytes) {
            if (maxResponseBytes < 1 || maxResponseBytes > 1L << 30) {
                throw new RejectedException(CoreError.BAD_ARGUMENT, "maxResponseBytes must be 1 B .. 1 GiB");
            }
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /** The transport. */
        public Transport build() {
            return new OkHttpTransport(this);
        }
    }
}
