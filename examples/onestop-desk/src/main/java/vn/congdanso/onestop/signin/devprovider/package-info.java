/**
 * The built-in development OpenID Connect provider, served by the desk itself under
 * {@code /dev-oidc/} when no {@code OIDC_ISSUER} is configured: discovery, an authorize page to
 * sign in as a fictional citizen, a token endpoint checking the client secret, the one-time code,
 * the PKCE verifier and the redirect URI, JWKS and userinfo. It signs real ES256 ID tokens with a
 * key generated on first start in the data folder. It is NOT VNeID, and its pages say so.
 */
package vn.congdanso.onestop.signin.devprovider;
