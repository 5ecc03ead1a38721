package vn.congdanso.identity.oidc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import okhttp3.HttpUrl;
import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.http.Transport;
import vn.congdanso.http.TransportRequest;
import vn.congdanso.identity.oidc.internal.KeySets;

import static java.util.Objects.requireNonNull;

/**
 * The provider's signing keys, as a nimbus {@link JWKSource}: fetched from the JWKS endpoint
 * over the SDK's {@link Transport}, cached for {@link Builder#refreshAfter(Duration)}, refetched
 * when a token names a key the cache lacks (at most once per {@link Builder#minRefetchInterval(Duration)},
 * so forged {@code kid}s cannot make us hammer the provider), and the last good set kept while
 * the endpoint is down. A failed or refused fetch never replaces the cached set.
 *
 * <p>Each fetched set (at most 256 KiB) is checked before it is used: at most 50 keys,
 * RSA moduli of 2048 to 8192 bits, EC keys on P-256, P-384 or P-521; symmetric and other key
 * types are dropped, private parts discarded. Thread-safe; share one per provider.
 */
public final class ProviderKeys implements JWKSource<SecurityContext> {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderKeys.class);

    private final Optional<Transport> transport;
    private final Optional<HttpUrl> jwksUri;
    private final Clock clock;
    private final Duration refreshAfter;
    private final Duration minRefetchInterval;
    private final Object fetchLock = new Object();
    private volatile Cached cached;
    private volatile Instant lastAttempt = Instant.MIN;

    private record Cached(JWKSet keys, Instant fetchedAt) {
    }

    private ProviderKeys(Builder builder, Cached initial) {
        this.transport = Optional.ofNullable(builder.transport);
        this.jwksUri = Optional.ofNullable(builder.jwksUri);
        this.clock = builder.clock;
        this.refreshAfter = builder.refreshAfter;
        this.minRefetchInterval = builder.minRefetchInterval;
        this.cached = initial;
    }

    /** A builder for keys fetched from {@code jwksUri} with {@code transport}. */
    public static Builder builder(Transport transport, HttpUrl jwksUri) {
        return new Builder(requireNonNull(transport, "transport == null"), requireNonNull(jwksUri, "jwksUri == null"));
    }

    /**
     * A fixed key set read from a JWKS document (a file, a test), never refetched.
     *
     * @throws RejectedException {@link OidcError#BAD_PROVIDER_RESPONSE} or {@link OidcError#BAD_KEY_SET}
     */
    public static ProviderKeys fixed(byte[] jwksJson) {
        requireNonNull(jwksJson, "jwksJson == null");
        Builder builder = new Builder(null, null);
        return new ProviderKeys(builder, new Cached(KeySets.parse(jwksJson), Instant.EPOCH));
    }

    /**
     * The keys {@code selector} matches: from the cache, refreshed when stale, refetched once
     * (rate-limited) when nothing matches.
     *
     * @throws vn.congdanso.core.UnavailableException when no key set was ever fetched and the endpoint is down
     * @throws RejectedException when no key set was ever fetched and the endpoint's answer is refused
     */
    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        requireNonNull(selector, "selector == null");
        Cached current = cached;
        Instant now = clock.instant();
        if (current == null || isStale(current, now)) {
            current = refresh(current, now);
        }
        List<JWK> matches = selector.select(current.keys());
        if (matches.isEmpty() && mayRefetch(now)) {
            matches = selector.select(refresh(current, now).keys());
        }
        return matches;
    }

    private boolean isStale(Cached current, Instant now) {
        return transport.isPresent() && now.isAfter(current.fetchedAt().plus(refreshAfter));
    }

    private boolean mayRefetch(Instant now) {
        return transport.isPresent() && !now.isBefore(lastAttempt.plus(minRefetchInterval));
    }

    private Cached refresh(Cached current, Instant now) {
        synchronized (fetchLock) {
            if (cached != current) {
                return cached;
            }
            if (current != null && !mayRefetch(now)) {
                return current;
            }
            lastAttempt = now;
            try {
                Cached fresh = new Cached(fetch(), now);
                cached = fresh;
                return fresh;
            } catch (CongDanSoException e) {
                if (current == null) {
                    throw e;
                }
                LOG.warn("JWKS fetch from {} failed ({}); keeping the last good key set fetched at {}",
                        jwksUri.map(HttpUrl::host).orElse("?"), e.code().id(), current.fetchedAt());
                return current;
            }
        }
    }

    private JWKSet fetch() {
        Transport http = transport.orElseThrow();
        return KeySets.parse(http, TransportRequest.get(jwksUri.orElseThrow()));
    }

    @Override
    public String toString() {
        return "ProviderKeys[" + jwksUri.map(HttpUrl::toString).orElse("fixed") + "]";
    }

    /** Builds a {@link ProviderKeys}. Not thread-safe. */
    public static final class Builder {
        private final Transport transport;
        private final HttpUrl jwksUri;
        private Clock clock = Clock.systemUTC();
        private Duration refreshAfter = Duration.ofHours(1);
        private Duration minRefetchInterval = Duration.ofSeconds(30);

        private Builder(Transport transport, HttpUrl jwksUri) {
            this.transport = transport;
            this.jwksUri = jwksUri;
        }

        /** The clock cache ages are measured with (default UTC system clock). */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock == null");
            return this;
        }

        /** How long a fetched set is used before it is refreshed (default 1 h, 1 min .. 1 day). */
        public Builder refreshAfter(Duration refreshAfter) {
            this.refreshAfter = within(refreshAfter, Duration.ofMinutes(1), Duration.ofDays(1), "refreshAfter");
            return this;
        }

        /** The least time between two fetches, whatever the tokens ask (default 30 s, 1 s .. 1 h). */
        public Builder minRefetchInterval(Duration interval) {
            this.minRefetchInterval = within(interval, Duration.ofSeconds(1), Duration.ofHours(1), "minRefetchInterval");
            return this;
        }

        /** The key source; nothing is fetched until the first token needs a key. */
        public ProviderKeys build() {
            return new ProviderKeys(this, null);
        }

        private static Duration within(Duration value, Duration min, Duration max, String name) {
            requireNonNull(value, name + " == null");
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                throw new RejectedException(CoreError.BAD_ARGUMENT, name + " must be between " + min + " and " + max);
            }
            return value;
        }
    }
}
