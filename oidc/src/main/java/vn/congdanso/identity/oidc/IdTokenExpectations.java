package vn.congdanso.identity.oidc;

import java.time.Duration;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What one particular ID token must also satisfy, beyond the validator's fixed rules.
 *
 * @param nonce  the nonce sent with the login; when present the token's {@code nonce} must equal it
 * @param acr    the least assurance level the token's {@code acr} must reach
 * @param maxAge the {@code max_age} sent with the login; when present {@code auth_time} must be within it
 */
public record IdTokenExpectations(Optional<String> nonce, Optional<String> acr, Optional<Duration> maxAge) {

    /** Validates the components. */
    public IdTokenExpectations {
        requireNonNull(nonce, "nonce == null");
        requireNonNull(acr, "acr == null");
        requireNonNull(maxAge, "maxAge == null");
    }

    /** No nonce, assurance or age requirement (a refreshed ID token, a token checked offline). */
    public static IdTokenExpectations none() {
        return new IdTokenExpectations(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A copy that requires {@code nonce}. */
    public IdTokenExpectations withNonce(String nonce) {
        return new IdTokenExpectations(Optional.of(requireNonNull(nonce, "nonce == null")), acr, maxAge);
    }

    /** A copy that requires at least the assurance level {@code acr}. */
    public IdTokenExpectations withAcr(String acr) {
        return new IdTokenExpectations(nonce, Optional.of(requireNonNull(acr, "acr == null")), maxAge);
    }

    /** A copy that requires an authentication no older than {@code maxAge}. */
    public IdTokenExpectations withMaxAge(Duration maxAge) {
        return new IdTokenExpectations(nonce, acr, Optional.of(requireNonNull(maxAge, "maxAge == null")));
    }
}
