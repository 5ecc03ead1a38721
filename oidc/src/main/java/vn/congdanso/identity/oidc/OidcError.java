package vn.congdanso.identity.oidc;

import vn.congdanso.core.ErrorCode;

/**
 * Why a sign-in failed. The ID-token codes name the validation step that failed, in the order
 * the steps run: {@link #TOO_LARGE_TOKEN}, {@link #BAD_TOKEN}, {@link #UNSUPPORTED_ALGORITHM},
 * {@link #UNKNOWN_KEY}, {@link #BAD_SIGNATURE}, {@link #ISSUER_MISMATCH},
 * {@link #AUDIENCE_MISMATCH}, {@link #AUTHORIZED_PARTY_MISMATCH}, {@link #EXPIRED},
 * {@link #BAD_ISSUED_AT}, {@link #BAD_NOT_BEFORE}, {@link #NONCE_MISMATCH},
 * {@link #TOO_LOW_ASSURANCE}, {@link #TOO_OLD_AUTHENTICATION}.
 */
public enum OidcError implements ErrorCode {
    /** The ID token is longer than the configured limit; it was not parsed. */
    TOO_LARGE_TOKEN,
    /** The ID token is not a compact JWS with a JSON header and claims (or repeats a claim name). */
    BAD_TOKEN,
    /** The token's {@code alg} is not on the allow-list ({@code none} and HMAC never are). */
    UNSUPPORTED_ALGORITHM,
    /** No key in the provider's JWKS, even after a refetch, matches the token's {@code kid} and algorithm. */
    UNKNOWN_KEY,
    /** The signature does not verify with the provider's key. */
    BAD_SIGNATURE,
    /** The {@code iss} claim, or a discovery document's {@code issuer}, is not the configured issuer. */
    ISSUER_MISMATCH,
    /** The {@code aud} claim does not contain the client id. */
    AUDIENCE_MISMATCH,
    /** The {@code azp} claim is not the client id, or is missing while there are several audiences. */
    AUTHORIZED_PARTY_MISMATCH,
    /** The token has expired (beyond the clock skew) or has no {@code exp}. */
    EXPIRED,
    /** The {@code iat} claim is missing or lies in the future beyond the clock skew. */
    BAD_ISSUED_AT,
    /** The {@code nbf} claim lies in the future beyond the clock skew. */
    BAD_NOT_BEFORE,
    /** The {@code nonce} claim is missing or differs from the one sent with the login. */
    NONCE_MISMATCH,
    /** The {@code acr} claim is missing, unknown or below the requested assurance level. */
    TOO_LOW_ASSURANCE,
    /** {@code auth_time} is missing or older than the requested {@code max_age}. */
    TOO_OLD_AUTHENTICATION,
    /** The callback's {@code state} differs from the pending login's. */
    STATE_MISMATCH,
    /** The callback carries the provider's error (for example {@code access_denied}) or no code. */
    BAD_CALLBACK,
    /** The pending login is older than the allowed time between redirect and callback. */
    EXPIRED_LOGIN,
    /** The userinfo {@code sub} differs from the ID token's. */
    SUBJECT_MISMATCH,
    /** A discovery document, JWKS or token response is malformed, too large or lacks a required member. */
    BAD_PROVIDER_RESPONSE,
    /** A JWKS holds too many keys or a key of an unacceptable size or type. */
    BAD_KEY_SET,
    /** The provider configuration is unusable (missing endpoint, plain http to a non-loopback host). */
    BAD_CONFIGURATION,
    /** A QR-login session was asked to make a transition its state does not allow. */
    BAD_SESSION_STATE,
    /** A claim the mapping needs has a value of the wrong form (ID number, birth date). */
    BAD_CLAIM_VALUE;

    /** {@code "oidc"}. */
    @Override
    public String namespace() {
        return "oidc";
    }
}
