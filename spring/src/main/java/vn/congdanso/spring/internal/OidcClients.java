package vn.congdanso.spring.internal;

import java.util.Optional;
import java.util.function.Supplier;

import okhttp3.HttpUrl;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.Secret;
import vn.congdanso.http.Transport;
import vn.congdanso.http.TransportRequest;
import vn.congdanso.identity.oidc.ClientAuthentication;
import vn.congdanso.identity.oidc.OidcClient;
import vn.congdanso.identity.oidc.ProviderMetadata;
import vn.congdanso.spring.CongdansoProperties;

/**
 * Builds the {@link OidcClient} from {@code congdanso.oidc.*}: the provider from its discovery
 * document (fetched once, at start-up) or from the configured endpoints. A missing or bad value,
 * or a provider that cannot be discovered, fails start-up naming the property; the client secret
 * is never echoed.
 */
public final class OidcClients {

    private static final String PREFIX = "congdanso.oidc.";

    private OidcClients() {
    }

    /** The client, on {@code transport}. */
    public static OidcClient client(CongdansoProperties.Oidc oidc, Transport transport) {
        String issuer = required(oidc.getIssuer(), "issuer");
        String clientId = required(oidc.getClientId(), "client-id");
        String redirectUri = required(oidc.getRedirectUri(), "redirect-uri");
        if (oidc.getClientSecret() == null || oidc.getClientSecret().isBlank()) {
            throw new InvalidConfigurationPropertyValueException(PREFIX + "client-secret", null, "is required");
        }
        Secret secret = Secret.of(oidc.getClientSecret());
        ProviderMetadata provider = oidc.isDiscovery()
                ? checked("issuer", issuer, () -> ProviderMetadata.discover(transport, issuer))
                : configured(oidc, issuer);
        OidcClient.Builder builder = OidcClient.builder().provider(provider).clientId(clientId).transport(transport)
                .authentication(oidc.getClientAuthentication() == CongdansoProperties.ClientAuth.POST
                        ? ClientAuthentication.clientSecretPost(secret)
                        : ClientAuthentication.clientSecretBasic(secret));
        checked("redirect-uri", redirectUri, () -> builder.redirectUri(redirectUri));
        checked("scope", oidc.getScope(), () -> builder.scope(oidc.getScope()));
        if (!oidc.getAcrLevels().isEmpty()) {
            checked("acr-levels", String.join(",", oidc.getAcrLevels()), () -> builder.acrLevels(oidc.getAcrLevels()));
        }
        return builder.build();
    }

    private static ProviderMetadata configured(CongdansoProperties.Oidc oidc, String issuer) {
        HttpUrl authorization = url(oidc.getAuthorizationEndpoint(), "authorization-endpoint");
        HttpUrl token = url(oidc.getTokenEndpoint(), "token-endpoint");
        HttpUrl jwks = url(oidc.getJwksUri(), "jwks-uri");
        Optional<HttpUrl> userinfo = optionalUrl(oidc.getUserinfoEndpoint(), "userinfo-endpoint");
        Optional<HttpUrl> endSession = optionalUrl(oidc.getEndSessionEndpoint(), "end-session-endpoint");
        return checked("issuer", issuer,
                () -> new ProviderMetadata(issuer, authorization, token, jwks, userinfo, endSession));
    }

    private static HttpUrl url(String value, String name) {
        String url = required(value, name);
        return checked(name, url, () -> TransportRequest.parseUrl(url));
    }

    private static Optional<HttpUrl> optionalUrl(String value, String name) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(url(value, name));
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidConfigurationPropertyValueException(PREFIX + name, value, "is required");
        }
        return value.strip();
    }

    private static <T> T checked(String name, String value, Supplier<T> step) {
        try {
            return step.get();
        } catch (CongDanSoException e) {
            throw new InvalidConfigurationPropertyValueException(PREFIX + name, value, e.getMessage());
        }
    }
}
