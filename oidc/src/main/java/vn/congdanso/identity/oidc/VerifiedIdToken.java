package vn.congdanso.identity.oidc;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * An ID token whose signature and claims have been verified: only {@link IdTokenValidator}
 * creates one. {@link #toString()} shows the issuer, assurance level and expiry, never the
 * subject or other claims (they are personal data).
 *
 * @param issuer    {@code iss}
 * @param subject   {@code sub}, the provider's stable identifier of the citizen
 * @param audience  {@code aud}
 * @param expiresAt {@code exp}
 * @param issuedAt  {@code iat}
 * @param authTime  {@code auth_time}, when present
 * @param acr       {@code acr}, when present
 * @param claims    every claim, as parsed JSON values (unmodifiable)
 */
public record VerifiedIdToken(String issuer, String subject, List<String> audience, Instant expiresAt,
        Instant issuedAt, Optional<Instant> authTime, Optional<String> acr, Map<String, Object> claims) {

    /** Validates and freezes the components. */
    public VerifiedIdToken {
        requireNonNull(issuer, "issuer == null");
        requireNonNull(subject, "subject == null");
        audience = List.copyOf(audience);
        requireNonNull(expiresAt, "expiresAt == null");
        requireNonNull(issuedAt, "issuedAt == null");
        requireNonNull(authTime, "authTime == null");
        requireNonNull(acr, "acr == null");
        claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
    }

    /** The issuer, assurance level and expiry only. */
    @Override
    public String toString() {
        return "VerifiedIdToken[iss=" + issuer + ", acr=" + acr.orElse("-") + ", exp=" + expiresAt + "]";
    }
}
