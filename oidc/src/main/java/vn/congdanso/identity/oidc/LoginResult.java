package vn.congdanso.identity.oidc;

import static java.util.Objects.requireNonNull;

/**
 * A completed, verified sign-in.
 *
 * @param idToken the verified ID token
 * @param tokens  the tokens the provider issued
 * @param citizen the citizen, from the ID token and userinfo
 */
public record LoginResult(VerifiedIdToken idToken, TokenSet tokens, CitizenIdentity citizen) {

    /** Validates the components. */
    public LoginResult {
        requireNonNull(idToken, "idToken == null");
        requireNonNull(tokens, "tokens == null");
        requireNonNull(citizen, "citizen == null");
    }
}
