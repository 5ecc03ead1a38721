package vn.congdanso.payments.vnpay;

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
 * A merchant's VNPay settings: terminal code, hash secrets, endpoints, clock and timeouts.
 * Immutable and thread-safe; build one per terminal and share it.
 *
 * <p>Several hash secrets may be active while one is rotated out: the first signs, every one is
 * accepted when verifying. Secrets never appear in {@link #toString()}.
 */
public final class VnpayConfig {

    /** The sandbox payment page. */
    public static final String SANDBOX_PAYMENT_URL = "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html";
    /** The sandbox transaction API (querydr, refund). */
    public static final String SANDBOX_API_URL = "https://sandbox.vnpayment.vn/merchant_webapi/api/transaction";
    /** The production payment page. */
    public static final String PRODUCTION_PAYMENT_URL = "https://pay.vnpay.vn/vpcpay.html";
    /** The production transaction API (querydr, refund). */
    public static final String PRODUCTION_API_URL = "https://merchant.vnpay.vn/merchant_webapi/api/transaction";

    private final String tmnCode;
    private final List<Secret> hashSecrets;
    private final URI paymentUrl;
    private final URI apiUrl;
    private final Clock clock;
    private final Duration expireAfter;
    private final Duration connectTimeout;
    private final Duration timeout;

    private VnpayConfig(Builder builder) {
        this.tmnCode = builder.tmnCode;
        this.hashSecrets = List.copyOf(builder.hashSecrets);
        this.paymentUrl = builder.paymentUrl;
        this.apiUrl = builder.apiUrl;
        this.clock = builder.clock;
        this.expireAfter = builder.expireAfter;
        this.connectTimeout = builder.connectTimeout;
        this.timeout = builder.timeout;
    }

    /** A builder on the sandbox endpoints, the system clock, 15 minutes to pay, 10 s connect and 30 s call timeouts. */
    public static Builder builder() {
        return new Builder();
    }

    /** The terminal (website) code VNPay assigned, {@code vnp_TmnCode}. */
    public String tmnCode() {
        return tmnCode;
    }

    /** The active hash secrets, the signing one first. */
    public List<Secret> hashSecrets() {
        return hashSecrets;
    }

    /** This terminal's hash secrets as a key source for {@link VnpayVerifier}, keyed by {@code vnp_TmnCode}. */
    public MerchantKeys merchantKeys() {
        return MerchantKeys.of(tmnCode, hashSecrets);
    }

    /** The payment page signed URLs point to. */
    public URI paymentUrl() {
        return paymentUrl;
    }

    /** The transaction API endpoint. */
    public URI apiUrl() {
        return apiUrl;
    }

    /** The clock {@code vnp_CreateDate} and request dates come from. */
    public Clock clock() {
        return clock;
    }

    /** How long after creation a payment URL expires ({@code vnp_ExpireDate}). */
    public Duration expireAfter() {
        return expireAfter;
    }

    /** The connect timeout of the default transport. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** The whole-call timeout of the default transport. */
    public Duration timeout() {
        return timeout;
    }

    @Override
    public String toString() {
        return "VnpayConfig[tmnCode=" + tmnCode + ", secrets=" + hashSecrets.size() + " redacted, api=" + apiUrl + "]";
    }

    /** Builds a {@link VnpayConfig}. Not thread-safe. */
    public static final class Builder {
        private String tmnCode;
        private List<Secret> hashSecrets = List.of();
        private URI paymentUrl = URI.create(SANDBOX_PAYMENT_URL);
        private URI apiUrl = URI.create(SANDBOX_API_URL);
        private Clock clock = VnTime.systemClock();
        private Duration expireAfter = Duration.ofMinutes(15);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration timeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /** The terminal code; required. */
        public Builder tmnCode(String tmnCode) {
            this.tmnCode = requireNonNull(tmnCode, "tmnCode == null");
            return this;
        }

        /** The signing hash secret, then any older ones still accepted during rotation; required. */
        public Builder hashSecrets(Secret signing, Secret... stillAccepted) {
            hashSecrets = MacKeys.rotation(signing, stillAccepted);
            return this;
        }

        /** VNPay's sandbox endpoints (the default). */
        public Builder sandbox() {
            paymentUrl = URI.create(SANDBOX_PAYMENT_URL);
            apiUrl = URI.create(SANDBOX_API_URL);
            return this;
        }

        /** VNPay's production endpoints. */
        public Builder production() {
            paymentUrl = URI.create(PRODUCTION_PAYMENT_URL);
            apiUrl = URI.create(PRODUCTION_API_URL);
            return this;
        }

        /** Another payment page (a proxy); rejects a malformed URL. */
        public Builder paymentUrl(String url) {
            this.paymentUrl = ConfigChecks.httpUri(url);
            return this;
        }

        /** Another transaction API endpoint (a proxy, a test server); rejects a malformed URL. */
        public Builder apiUrl(String url) {
            this.apiUrl = ConfigChecks.httpUri(url);
            return this;
        }

        /** The clock dates come from. */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock == null");
            return this;
        }

        /** How long a payment URL stays valid; between 1 minute and 1 day. */
        public Builder expireAfter(Duration expireAfter) {
            requireNonNull(expireAfter, "expireAfter == null");
            if (expireAfter.compareTo(Duration.ofMinutes(1)) < 0 || expireAfter.compareTo(Duration.ofDays(1)) > 0) {
                throw new RejectedException(GatewayError.BAD_REQUEST, "expireAfter must be between 1 minute and 1 day");
            }
            this.expireAfter = expireAfter;
            return this;
        }

        /** The connect timeout of the default transport. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = ConfigChecks.positive(timeout);
            return this;
        }

        /** The whole-call timeout of the default transport. */
        public Builder timeout(Duration timeout) {
            this.timeout = ConfigChecks.positive(timeout);
            return this;
        }

        /** The configuration; rejects a missing terminal code or secret. */
        public VnpayConfig build() {
            if (tmnCode == null || tmnCode.isBlank()) {
                throw new RejectedException(GatewayError.BAD_REQUEST, "tmnCode is required");
            }
            if (hashSecrets.isEmpty()) {
                throw new RejectedException(GatewayError.BAD_REQUEST, "a hash secret is required");
            }
            return new VnpayConfig(this);
        }
    }
}
