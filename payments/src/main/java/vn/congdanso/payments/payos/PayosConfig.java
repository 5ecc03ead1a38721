package vn.congdanso.payments.payos;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.core.time.VnTime;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.MerchantKeys;
import vn.congdanso.payments.internal.ConfigChecks;
import vn.congdanso.payments.internal.MacKeys;

import static java.util.Objects.requireNonNull;

/**
 * A merchant's payOS settings: client id, API key, checksum keys (the first signs, every one
 * verifies, for rotation), endpoint, clock and timeouts. Immutable and thread-safe; keys never
 * appear in {@link #toString()}.
 */
public final class PayosConfig {

    /** payOS's merchant API (payOS has no separate sandbox host). */
    public static final String API_URL = "https://api-merchant.payos.vn";

    private final String clientId;
    private final Secret apiKey;
    private final List<Secret> checksumKeys;
    private final URI baseUrl;
    private final Clock clock;
    private final Duration connectTimeout;
    private final Duration timeout;

    private PayosConfig(Builder builder) {
        this.clientId = builder.clientId;
        this.apiKey = builder.apiKey;
        this.checksumKeys = List.copyOf(builder.checksumKeys);
        this.baseUrl = builder.baseUrl;
        this.clock = builder.clock;
        this.connectTimeout = builder.connectTimeout;
        this.timeout = builder.timeout;
    }

    /** A builder on payOS's API, the system clock, 10 s connect and 30 s call timeouts. */
    public static Builder builder() {
        return new Builder();
    }

    /** The client id ({@code x-client-id}). */
    public String clientId() {
        return clientId;
    }

    /** The API key ({@code x-api-key}). */
    public Secret apiKey() {
        return apiKey;
    }

    /** The active checksum keys, the signing one first. */
    public List<Secret> checksumKeys() {
        return checksumKeys;
    }

    /** This channel's checksum keys as a key source for {@link PayosVerifier}, keyed by the client id. */
    public MerchantKeys merchantKeys() {
        return MerchantKeys.of(clientId, checksumKeys);
    }

    /** The API base URL. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The clock. */
    public Clock clock() {
        return clock;
    }

    /** The connect timeout of the default transport. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** The call timeout of the default transport. */
    public Duration timeout() {
        return timeout;
    }

    @Override
    public String toString() {
        return "PayosConfig[clientId=" + clientId + ", keys redacted, baseUrl=" + baseUrl + "]";
    }

    /** Builds a {@link PayosConfig}. Not thread-safe. */
    public static final class Builder {
        private String clientId;
        private Secret apiKey;
        private List<Secret> checksumKeys = List.of();
        private URI baseUrl = URI.create(API_URL);
        private Clock clock = VnTime.systemClock();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration timeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /** The client id; required. */
        public Builder clientId(String clientId) {
            this.clientId = requireNonNull(clientId, "clientId == null");
            return this;
        }

        /** The API key; required. */
        public Builder apiKey(Secret apiKey) {
            this.apiKey = requireNonNull(apiKey, "apiKey == null");
            return this;
        }

        /** The signing checksum key, then older ones still accepted during rotation; required. */
        public Builder checksumKeys(Secret signing, Secret... stillAccepted) {
            checksumKeys = MacKeys.rotation(signing, stillAccepted);
            return this;
        }

        /** Another base URL (a proxy, a test server). */
        public Builder baseUrl(String url) {
            this.baseUrl = ConfigChecks.httpUri(url);
            return this;
        }

        /** The clock. */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock == null");
            return this;
        }

        /** The connect timeout of the default transport. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = ConfigChecks.positive(timeout);
            return this;
        }

        /** The call timeout of the default transport. */
        public Builder timeout(Duration timeout) {
            this.timeout = ConfigChecks.positive(timeout);
            return this;
        }

        /** The configuration; rejects a missing client id or key. */
        public PayosConfig build() {
            if (clientId == null || clientId.isBlank() || apiKey == null || checksumKeys.isEmpty()) {
                throw new RejectedException(GatewayError.BAD_REQUEST, "clientId, apiKey and a checksum key are required");
            }
            return new PayosConfig(this);
        }
    }
}
