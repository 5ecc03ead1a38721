package vn.congdanso.http;

import java.time.Clock;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.OkHttpClient;
import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.UnavailableException;

import static java.util.Objects.requireNonNull;

/**
 * The SDK's HTTP client: timeouts, a bounded retry policy for calls that are safe to repeat,
 * JSON through one configured {@link ObjectMapper}, the {@code congdanso-java/<version>} user
 * agent, and DEBUG logging (logger {@code vn.congdanso.http}) with secrets and personal data
 * redacted. Thread-safe; build one per remote configuration and share it.
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
     *                              {@code TIMEOUT}) or the body exceeded the size limit
     */
    TransportResponse send(TransportRequest request);

    /**
     * Sends {@code request} and reads a 2xx JSON body as {@code type}.
     *
     * @throws RejectedException    {@code REMOTE_REJECTED} for a 4xx answer other than 429
     * @throws UnavailableException {@code REMOTE_UNAVAILABLE} for 429 and 5xx (after retries),
     *                              {@code BAD_RESPONSE} for a body that is not the expected JSON,
     *                              and as {@link #send(TransportRequest)}
     */
    <T> T sendJson(TransportRequest request, Class<T> type);

    /** The mapper this transport reads and writes JSON with. */
    ObjectMapper objectMapper();

    /** A builder with the defaults: 10 s connect, 30 s read, 60 s call timeout, {@link RetryPolicy#defaults()}. */
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

        /** How long one attempt may take in all, from connecting to the last body byte. */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = requireNonNull(timeout, "timeout == null");
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
