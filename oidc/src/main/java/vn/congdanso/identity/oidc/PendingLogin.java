package vn.congdanso.identity.oidc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import vn.congdanso.core.crypto.ConstantTime;

import static java.util.Objects.requireNonNull;

/**
 * What the app keeps in the user's session between the redirect to the provider and the
 * callback (a servlet {@code HttpSession}, a Spring session, a signed cookie: it is a plain
 * record of strings, an instant and a duration). Treat it as a secret: the code verifier proves
 * the callback is ours. {@link #toString()} shows none of the random values.
 *
 * @param state        the {@code state} sent, compared in constant time with the callback's
 * @param nonce        the {@code nonce} sent, which the ID token must carry
 * @param codeVerifier the PKCE code verifier (S256)
 * @param redirectUri  the redirect URI sent
 * @param createdAt    when the login began
 * @param acr          the assurance level requested, when one was
 * @param maxAge       the {@code max_age} sent, when one was
 */
public record PendingLogin(String state, String nonce, String codeVerifier, String redirectUri, Instant createdAt,
        Optional<String> acr, Optional<Duration> maxAge) {

    /** Validates the components. */
    public PendingLogin {
        requireNonNull(state, "state == null");
        requireNonNull(nonce, "nonce == null");
        requireNonNull(codeVerifier, "codeVerifier == null");
        requireNonNull(redirectUri, "redirectUri == null");
        requireNonNull(createdAt, "createdAt == null");
        requireNonNull(acr, "acr == null");
        requireNonNull(maxAge, "maxAge == null");
    }

    /** Whether {@code callbackState} is this login's state, compared in constant time. */
    public boolean matchesState(String callbackState) {
        requireNonNull(callbackState, "callbackState == null");
        return ConstantTime.equals(state.getBytes(StandardCharsets.UTF_8), callbackState.getBytes(StandardCharsets.UTF_8));
    }

    /** What the ID token of this login must satisfy. */
    public IdTokenExpectations expectations() {
        return new IdTokenExpectations(Optional.of(nonce), acr, maxAge);
    }

    /** The redirect URI, creation time and requested level; never the state, nonce or verifier. */
    @Override
    public String toString() {
        return "PendingLogin[redirectUri=" + redirectUri + ", createdAt=" + createdAt + ", acr=" + acr.orElse("-") + "]";
    }
}
