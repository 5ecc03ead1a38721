package vn.congdanso.identity.oidc;

import java.util.Optional;

import okhttp3.HttpUrl;
import vn.congdanso.core.RejectedException;
import vn.congdanso.http.Transport;
import vn.congdanso.identity.oidc.internal.Discovery;

import static java.util.Objects.requireNonNull;

/**
 * Where an OpenID Connect provider's endpoints are. Every URL is https, or http to a loopback
 * host (a provider on the developer's machine); anything else is refused with
 * {@link OidcError#BAD_CONFIGURATION}.
 *
 * @param issuer                the issuer identifier, compared exactly with the ID token's {@code iss}
 * @param authorizationEndpoint where the browser is sent to sign in
 * @param tokenEndpoint         where the code is exchanged
 * @param jwksUri               the provider's signing keys
 * @param userinfoEndpoint      the userinfo endpoint, when the provider has one
 * @param endSessionEndpoint    the RP-initiated logout endpoint, when the provider has one
 */
public record ProviderMetadata(String issuer, HttpUrl authorizationEndpoint, HttpUrl tokenEndpoint, HttpUrl jwksUri,
        Optional<HttpUrl> userinfoEndpoint, Optional<HttpUrl> endSessionEndpoint) {

    /** Validates the components. */
    public ProviderMetadata {
        requireNonNull(issuer, "issuer == null");
        requireNonNull(userinfoEndpoint, "userinfoEndpoint == null");
        requireNonNull(endSessionEndpoint, "endSessionEndpoint == null");
        checkIssuer(issuer);
        checkSecure(requireNonNull(authorizationEndpoint, "authorizationEndpoint == null"));
        checkSecure(requireNonNull(tokenEndpoint, "tokenEndpoint == null"));
        checkSecure(requireNonNull(jwksUri, "jwksUri == null"));
        userinfoEndpoint.ifPresent(ProviderMetadata::checkSecure);
        endSessionEndpoint.ifPresent(ProviderMetadata::checkSecure);
    }

    /**
     * Fetches {@code issuer + "/.well-known/openid-configuration"} and checks, as OpenID Connect
     * Discovery §4.3 requires, that the document's {@code issuer} is exactly {@code issuer}.
     *
     * @throws RejectedException    {@link OidcError#ISSUER_MISMATCH}; {@link OidcError#BAD_PROVIDER_RESPONSE}
     *                              for a malformed, oversized or incomplete document;
     *                              {@link OidcError#BAD_CONFIGURATION} for an insecure endpoint
     * @throws vn.congdanso.core.UnavailableException when the provider cannot be reached
     */
    public static ProviderMetadata discover(Transport transport, String issuer) {
        requireNonNull(transport, "transport == null");
        checkIssuer(requireNonNull(issuer, "issuer == null"));
        return Discovery.fetch(transport, issuer);
    }

    private static void checkIssuer(String issuer) {
        HttpUrl url = HttpUrl.parse(issuer);
        if (url == null || url.query() != null || url.fragment() != null) {
            throw new RejectedException(OidcError.BAD_CONFIGURATION,
                    "the issuer must be an absolute URL without query or fragment");
        }
        checkSecure(url);
    }

    private static void checkSecure(HttpUrl url) {
        if (!url.isHttps() && !isLoopback(url.host())) {
            throw new RejectedException(OidcError.BAD_CONFIGURATION,
                    "provider endpoints must use https (plain http only to a loopback host), got " + url.host());
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1");
    }
}
