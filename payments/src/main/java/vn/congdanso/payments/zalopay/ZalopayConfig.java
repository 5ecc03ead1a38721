package vn.congdanso.payments.zalopay;

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
 * A merchant app's ZaloPay (API v2) settings: app id, key1 (signs what the merchant sends), key2
 * (verifies what ZaloPay sends; several may be active during a rotation), endpoint, clock and
 * timeouts. Immutable and thread-safe; keys never appear in {@link #toString()}.
 */
public final class ZalopayConfig {

    /** The sandbox endpoint. */
    public static final String SANDBOX_URL = "https://sb-openapi.zalopay.vn";
    /** The production endpoint. */
    public static final String PRODUCTION_URL = "https://openapi.zalopay.vn";

    private final String appId;
    private final Secret key1;
    private final List<Secret> key2s;
    private final URI baseUrl;
    private final Clock clock;
    private final Duration connectTimeout;
    private final Duration timeout;

    private ZalopayConfig(Builder builder) {
        this.appId = builder.appId;
        this.key1 = builder.key1;
        this.key2s = List.copyOf(builder.key2s);
        this.baseUrl = builder.baseUrl;
        this.clock = builder.clock;
        this.connectTimeout = builder.connectTimeout;
        this.timeout = builder.timeout;
    }

    /** A builder on the sandbox, the system clock, 10 s connect and 30 s call timeouts. */
    public static Builder builder() {
        return new Builder();
    }

    /** The app id ZaloPay assigned. */
    public String appId() {
        return appId;
    }

    /** key1, which signs create and query requests. */
    public Secret key1() {
        return key1;
    }

    /** The active key2 values, the current one first. */
    public List<Secret> key2s() {
        return key2s;
    }

    /** This app's key2 values as a key source for {@link ZalopayVerifier}, keyed by {@code app_id}. */
    public MerchantKeys merchantKeys() {
        return MerchantKeys.of(appId, key2s);
    }

    /** The API base URL. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The clock {@code app_trans_id} and {@code app_time} come from. */
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
        return "ZalopayConfig[appId=" + appId + ", keys redacted, baseUrl=" + baseUrl + "]";
    }

    /** Builds a {@link ZalopayConfig}. Not thread-safe. */
    public static final class Builder {
        private String appId;
        private Secret key1;
        private List<Secret> key2s = List.of();
        private URI baseUrl = URI.create(SANDBOX_URL);
        private Clock clock = VnTime.systemClock();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration timeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /** The app id, digits; required. */
        public Builder appId(String appId) {
            this.appId = requireNonNull(appId, "appId == null");
            return this;
        }

        /** key1; required to sign requests. */
        public Builder key1(Secret key1) {
            this.key1 = requireNonNull(key1, "key1 == null");
            return this;
        }

        /** The current key2, then older ones still accepted during rotation; required. */
        public Builder key2s(Secret current, Secret... stillAccepted) {
            key2s = MacKeys.rotation(current, stillAccepted);
            return this;
        }

        /** ZaloPay's sandbox (the default). */
        public Builder sandbox() {
            baseUrl = URI.create(SANDBOX_URL);
            return this;
        }

        /** ZaloPay's production endpoint. */
        public Builder production() {
            baseUrl = URI.create(PRODUCTION_URL);
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

        /** The configuration; rejects a missing app id or key. */
        public ZalopayConfig build() {
            if (appId == null || !appId.matches("[0-9]{1,12}") || key1 == null || key2s.isEmpty()) {
                throw new RejectedException(GatewayError.BAD_REQUEST, "a numeric appId, key1 and key2 are required");
            }
            return new ZalopayConfig(this);
        }
    }
}
