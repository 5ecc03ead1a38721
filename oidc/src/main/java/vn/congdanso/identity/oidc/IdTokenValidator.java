package vn.congdanso.identity.oidc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.oidc.internal.IdTokenSteps;
import vn.congdanso.identity.oidc.internal.VerifierCache;

import static java.util.Objects.requireNonNull;

/**
 * Validates ID tokens (OpenID Connect Core §3.1.3.7) in fixed, ordered steps, each of which
 * either passes or throws a {@link RejectedException} whose {@link OidcError} names it: size,
 * parse, algorithm allow-list, key, signature, {@code iss}, {@code aud}, {@code azp},
 * {@code exp}, {@code iat}, {@code nbf}, {@code nonce}, {@code acr}, {@code auth_time}.
 * Times are read from the injected {@link Clock} with a symmetric clock skew.
 *
 * <p>The algorithm allow-list defaults to RS256, PS256 and ES256; {@code none} and HMAC
 * algorithms can never be allowed, so a token "signed" with the provider's public key as an HMAC
 * secret is refused at the algorithm step. Immutable and thread-safe.
 */
public final class IdTokenValidator {

    /** The assurance levels of the national sign-on, lowest first. */
    public static final List<String> VNEID_LEVELS = List.of("LoA1", "LoA2");

    private final String issuer;
    private final String clientId;
    private final Set<JWSAlgorithm> algorithms;
    private final VerifierCache keySelector;
    private final Clock clock;
    private final Duration clockSkew;
    private final List<String> acrLevels;
    private final int maxTokenLength;

    private IdTokenValidator(Builder builder) {
        this.issuer = requireNonNull(builder.issuer, "issuer not set");
        this.clientId = requireNonNull(builder.clientId, "clientId not set");
        this.algorithms = Set.copyOf(builder.algorithms);
        this.keySelector = new VerifierCache(algorithms, requireNonNull(builder.keys, "keys not set"));
        this.clock = builder.clock;
        this.clockSkew = builder.clockSkew;
        this.acrLevels = builder.acrLevels;
        this.maxTokenLength = builder.maxTokenLength;
    }

    /** A builder; issuer, client id and keys are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates {@code token} and returns its verified content.
     *
     * @throws RejectedException with the {@link OidcError} of the failed step
     * @throws vn.congdanso.core.UnavailableException when the keys are needed, none were ever
     *                                                 fetched and the JWKS endpoint is down
     */
    public VerifiedIdToken validate(String token, IdTokenExpectations expectations) {
        requireNonNull(token, "token == null");
        requireNonNull(expectations, "expectations == null");
        expectations.acr().ifPresent(this::checkKnownLevel);
        IdTokenSteps.checkSize(token, maxTokenLength);
        SignedJWT jwt = IdTokenSteps.parse(token);
        IdTokenSteps.checkAlgorithm(jwt.getHeader(), algorithms);
        List<JWSVerifier> verifiers = IdTokenSteps.selectKeys(jwt.getHeader(), keySelector);
        IdTokenSteps.checkSignature(jwt, verifiers);
        return checkClaims(IdTokenSteps.claims(jwt), expectations);
    }

    private VerifiedIdToken checkClaims(JWTClaimsSet claims, IdTokenExpectations expectations) {
        Instant now = clock.instant();
        IdTokenSteps.checkIssuer(claims, issuer);
        IdTokenSteps.checkAudience(claims, clientId);
        IdTokenSteps.checkAuthorizedParty(claims, clientId);
        Instant exp = IdTokenSteps.checkExpiry(claims, now, clockSkew);
        Instant iat = IdTokenSteps.checkIssuedAt(claims, now, clockSkew);
        IdTokenSteps.checkNotBefore(claims, now, clockSkew);
        IdTokenSteps.checkNonce(claims, expectations.nonce());
        Optional<String> acr = IdTokenSteps.checkAcr(claims, expectations.acr(), acrLevels);
        Optional<Instant> authTime = IdTokenSteps.checkAuthTime(claims, expectations.maxAge(), now, clockSkew);
        String subject = claims.getSubject();
        if (subject == null || subject.isEmpty()) {
            throw new RejectedException(OidcError.BAD_TOKEN, "the ID token has no sub");
        }
        return new VerifiedIdToken(claims.getIssuer(), subject, claims.getAudience(), exp, iat, authTime, acr,
                claims.getClaims());
    }

    private void checkKnownLevel(String acr) {
        if (!acrLevels.contains(acr)) {
            throw new RejectedException(OidcError.BAD_CONFIGURATION,
                    "the requested assurance level is not one of " + acrLevels);
        }
    }

    /** The configured issuer. */
    public String issuer() {
        return issuer;
    }

    /** The assurance levels this validator orders, lowest first. */
    public List<String> acrLevels() {
        return acrLevels;
    }

    @Override
    public String toString() {
        return "IdTokenValidator[iss=" + issuer + ", client=" + clientId + ", algs=" + algorithms + "]";
    }

    /** Builds an {@link IdTokenValidator}. Not thread-safe. */
    public static final class Builder {
        private static final Set<JWSAlgorithm> ALLOWABLE = Set.of(
                JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
                JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
                JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

        private String issuer;
        private String clientId;
        private JWKSource<SecurityContext> keys;
        private Set<JWSAlgorithm> algorithms = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256);
        private Clock clock = Clock.systemUTC();
        private Duration clockSkew = Duration.ofSeconds(60);
        private List<String> acrLevels = VNEID_LEVELS;
        private int maxTokenLength = 16 * 1024;

        private Builder() {
        }

        /** The issuer identifier, compared exactly with {@code iss}. */
        public Builder issuer(String issuer) {
            this.issuer = requireNonNull(issuer, "issuer == null");
            return this;
        }

        /** This client's id, which {@code aud} must contain. */
        public Builder clientId(String clientId) {
            this.clientId = requireNonNull(clientId, "clientId == null");
            return this;
        }

        /** The provider's signing keys, usually a {@link ProviderKeys}. */
        public Builder keys(JWKSource<SecurityContext> keys) {
            this.keys = requireNonNull(keys, "keys == null");
            return this;
        }

        /**
         * The accepted signature algorithms (default RS256, PS256, ES256). Only RSA, RSA-PSS and
         * ECDSA algorithms may be listed; {@code none} and HMAC are refused with {@link OidcError#BAD_CONFIGURATION}.
         */
        public Builder algorithms(Set<JWSAlgorithm> algorithms) {
            requireNonNull(algorithms, "algorithms == null");
            if (algorithms.isEmpty() || !ALLOWABLE.containsAll(algorithms)) {
                throw new RejectedException(OidcError.BAD_CONFIGURATION,
                        "ID-token algorithms must be a non-empty subset of " + ALLOWABLE);
            }
            this.algorithms = new LinkedHashSet<>(algorithms);
            return this;
        }

        /** The clock {@code exp}, {@code iat}, {@code nbf} and {@code auth_time} are checked against. */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock == null");
            return this;
        }

        /** The tolerated clock difference with the provider (default 60 s, at most 5 min). */
        public Builder clockSkew(Duration clockSkew) {
            requireNonNull(clockSkew, "clockSkew == null");
            if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new RejectedException(CoreError.BAD_ARGUMENT, "clockSkew must be between 0 and 5 minutes");
            }
            this.clockSkew = clockSkew;
            return this;
        }

        /** The provider's {@code acr} values, lowest assurance first (default {@link #VNEID_LEVELS}). */
        public Builder acrLevels(List<String> acrLevels) {
            requireNonNull(acrLevels, "acrLevels == null");
            if (acrLevels.isEmpty() || Set.copyOf(acrLevels).size() != acrLevels.size()) {
                throw new RejectedException(CoreError.BAD_ARGUMENT, "acrLevels must be distinct and non-empty");
            }
            this.acrLevels = List.copyOf(acrLevels);
            return this;
        }

        /** The longest token accepted, in characters (default 16 KiB, 1 KiB .. 1 MiB). */
        public Builder maxTokenLength(int maxTokenLength) {
            if (maxTokenLength < 1024 || maxTokenLength > 1 << 20) {
                throw new RejectedException(CoreError.BAD_ARGUMENT, "maxTokenLength must be 1 KiB .. 1 MiB");
            }
            this.maxTokenLength = maxTokenLength;
            return this;
        }

        /** The validator. */
        public IdTokenValidator build() {
            return new IdTokenValidator(this);
        }
    }
}
