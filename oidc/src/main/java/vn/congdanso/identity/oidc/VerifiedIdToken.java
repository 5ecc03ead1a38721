package vn.congdanso.identity.oidc;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * An ID token whose signature and claims have been verified. Only {@link IdTokenValidator}
 * creates one (the constructor is not public), so holding one is proof that every validation
 * step passed. Immutable and thread-safe. {@link #toString()} shows the issuer, assurance level
 * and expiry, never the subject or other claims (they are personal data).
 */
public final class VerifiedIdToken {

    private final String issuer;
    private final String subject;
    private final List<String> audience;
    private final Instant expiresAt;
    private final Instant issuedAt;
    private final Optional<Instant> authTime;
    private final Optional<String> acr;
    private final Map<String, Object> claims;

    VerifiedIdToken(String issuer, String subject, List<String> audience, Instant expiresAt, Instant issuedAt,
            Optional<Instant> authTime, Optional<String> acr, Map<String, Object> claims) {
        this.issuer = requireNonNull(issuer, "issuer == null");
        this.subject = requireNonNull(subject, "subject == null");
        this.audience = List.copyOf(requireNonNull(audience, "audience == null"));
        this.expiresAt = requireNonNull(expiresAt, "expiresAt == null");
        this.issuedAt = requireNonNull(issuedAt, "issuedAt == null");
        this.authTime = requireNonNull(authTime, "authTime == null");
        this.acr = requireNonNull(acr, "acr == null");
        this.claims = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(claims, "claims == null")));
    }

    /** {@code iss}. */
    public String issuer() {
        return issuer;
    }

    /** {@code sub}, the provider's stable identifier of the citizen. */
    public String subject() {
        return subject;
    }

    /** {@code aud}. */
    public List<String> audience() {
        return audience;
    }

    /** {@code exp}. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** {@code iat}. */
    public Instant issuedAt() {
        return issuedAt;
    }

    /** {@code auth_time}, when present. */
    public Optional<Instant> authTime() {
        return authTime;
    }

    /** {@code acr}, when present. */
    public Optional<String> acr() {
        return acr;
    }

    /** Every claim, as parsed JSON values (unmodifiable). */
    public Map<String, Object> claims() {
        return claims;
    }

    /** The issuer, assurance level and expiry only. */
    @Override
    public String toString() {
        return "VerifiedIdToken[iss=" + issuer + ", acr=" + acr.orElse("-") + ", exp=" + expiresAt + "]";
    }
}
