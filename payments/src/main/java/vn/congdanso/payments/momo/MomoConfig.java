package vn.congdanso.payments.momo;

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
 * A merchant's MoMo (API v2) settings: partner code, access key, secret keys, endpoint, clock and
 * timeouts. Immutable and thread-safe. Several secret keys may be active during a rotation: the
 * first signs, every one verifies. Keys never appear in {@link #toString()}.
 *
 * <p>MoMo asks partners to wait at least 30 s for a create-payment answer, so the call timeout
 * may not be set below that.
 */
public final class MomoConfig {

    /** The sandbox endpoint. */
    public static final String SANDBOX_URL = "https://test-payment.momo.vn";
    /** The production endpoint. */
    public static final String PRODUCTION_URL = "https://payment.momo.vn";
    /** The shortest call timeout MoMo's create-payment guidance allows. */
    public static final Duration MIN_TIMEOUT = Duration.ofSeconds(30);

    private final String partnerCode;
    private final Secret accessKey;
    private final List<Secret> secretKeys;
    private final URI baseUrl;
    private final Clock clock;
    private final Duration connectTimeout;
    private final Duration timeout;

    private MomoConfig(Builder builder) {
        this.partnerCode = builder.partnerCode;
        this.accessKey = builder.accessKey;
        this.secretKeys = List.copyOf(builder.secretKeys);
        this.baseUrl = builder.baseUrl;
        this.clock = builder.clock;
        this.connectTimeout = builder.connectTimeout;
        this.timeout = builder.timeout;
    }

    /** A builder on the sandbox, the system clock, 10 s connect and 30 s call timeouts. */
    public static Builder builder() {
        return new Builder();
    }

    /** The partner code MoMo assigned. */
    public String partnerCode() {
        return partnerCode;
    }

    /** The access key (part of every signed text). */
    public Secret accessKey() {
        return accessKey;
    }

    /** The active secret keys, the signing one first. */
    public List<Secret> secretKeys() {
        return secretKeys;
    }

    /** This partner's secret keys as a key source for {@link MomoVerifier}, keyed by {@code partnerCode}. */
    public MerchantKeys merchantKeys() {
        return MerchantKeys.of(partnerCode, secretKeys);
    }

    /** This partner's access key as a key source for {@link MomoVerifier}, keyed by {@code partnerCode}. */
    public MerchantKeys accessKeys() {
        return MerchantKeys.of(partnerCode, accessKey);
    }

    /** The API base URL. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The clock request ids and dates come from. */
    public Clock clock() {
        return clock;
    }

    /** The connect timeout of the default transport. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** The call timeout of the default transport, at least 30 s. */
    public Duration timeout() {
        return timeout;
    }

    @Override
    public String toString() {
        return "MomoConfig[partnerCode=" + partnerCode + ", keys redacted, baseUrl=" + baseUrl + "]";
    }

    /** Builds a {@link MomoConfig}. Not thread-safe. */
    public static final class Builder {
        private String partnerCode;
        private Secret accessKey;
        private List<Secret> secretKeys = List.of();
        private URI baseUrl = URI.create(SANDBOX_URL);
        private Clock clock = VnTime.systemClock();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration timeout = MIN_TIMEOUT;

        private Builder() {
        }

        /** The partner code; required. */
        public Builder partnerCode(String partnerCode) {
            this.partnerCode = requireNonNull(partnerCode, "partnerCode == null");
            return this;
        }

        /** The access key; required. */
        public Builder accessKey(Secret accessKey) {
            this.accessKey = requireNonNull(accessKey, "accessKey == null");
            return this;
        }

        /** The signing secret key, then older ones still accepted during rotation; required. */
        public Builder secretKeys(Secret signing, Secret... stillAccepted) {
            secretKeys = MacKeys.rotation(signing, stillAccepted);
            return this;
        }

        /** MoMo's sandbox (the default). */
        public Builder sandbox() {
            baseUrl = URI.create(SANDBOX_URL);
            return this;
        }

        /** MoMo's production endpoint. */
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

        /** The call timeout of the default transport; rejects less than 30 s. */
        public Builder timeout(Duration timeout) {
            requireNonNull(timeout, "timeout == null");
            if (timeout.compareTo(MIN_TIMEOUT) < 0) {
                throw new RejectedException(GatewayError.BAD_REQUEST, "MoMo needs a call timeout of at least 30 s");
            }
            this.timeout = timeout;
            return this;
        }

        /** The configuration; rejects a missing partner code or key. */
        public MomoConfig build() {
            if (partnerCode == null || partnerCode.isBlank() || accessKey == null || secretKeys.isEmpty()) {
                throw new RejectedException(GatewayError.BAD_REQUEST, "partnerCode, accessKey and a secret key are required");
            }
            return new MomoConfig(this);
        }
    }
}
