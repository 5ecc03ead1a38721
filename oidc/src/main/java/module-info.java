/**
 * VNeID / national-portal sign-in: an OpenID Connect client (discovery, authorization code with
 * PKCE, token exchange and refresh, RP-initiated logout), ID-token validation with keys from a
 * cached JWKS, the citizen's claims as a typed {@code CitizenIdentity}, and QR-login sessions.
 * It works with any standard OpenID Connect provider; JOSE is nimbus-jose-jwt.
 */
module vn.congdanso.oidc {
    requires transitive vn.congdanso.core;
    requires transitive vn.congdanso.identity;
    requires transitive vn.congdanso.http;
    requires transitive vn.congdanso.qr;
    requires transitive com.nimbusds.jose.jwt;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports vn.congdanso.identity.oidc;
}
