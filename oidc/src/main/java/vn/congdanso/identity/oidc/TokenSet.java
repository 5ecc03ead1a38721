package vn.congdanso.identity.oidc;

import java.time.Instant;
import java.util.Optional;

import vn.congdanso.core.Secret;

import static java.util.Objects.requireNonNull;

/**
 * A token endpoint's answer. The access and refresh tokens are {@link Secret}s; the ID token is
 * kept as text for {@code id_token_hint} at logout. {@link #toString()} shows no token.
 *
 * @param accessToken  the access token
 * @param idToken      the ID token as received, when the answer had one
 * @param refreshToken the refresh token, when the provider issued one
 * @param expiresAt    when the access token expires, when {@code expires_in} was given
 * @param scope        the granted scope, when the provider said
 */
public record TokenSet(Secret accessToken, Optional<String> idToken, Optional<Secret> refreshToken,
        Optional<Instant> expiresAt, Optional<String> scope) {

    /** Validates the components. */
    public TokenSet {
        requireNonNull(accessToken, "accessToken == null");
        requireNonNull(idToken, "idToken == null");
        requireNonNull(refreshToken, "refreshToken == null");
        requireNonNull(expiresAt, "expiresAt == null");
        requireNonNull(scope, "scope == null");
    }

    /** Which tokens are present, and the expiry; never their values. */
    @Override
    public String toString() {
        return "TokenSet[idToken=" + idToken.isPresent() + ", refreshToken=" + refreshToken.isPresent()
                + ", expiresAt=" + expiresAt.map(Instant::toString).orElse("-") + "]";
    }
}
