package vn.congdanso.identity.oidc.internal;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import okhttp3.HttpUrl;
import vn.congdanso.core.RejectedException;
import vn.congdanso.http.Transport;
import vn.congdanso.http.TransportRequest;
import vn.congdanso.identity.oidc.OidcError;
import vn.congdanso.identity.oidc.ProviderMetadata;

/** Fetches and checks a provider's discovery document. */
public final class Discovery {

    /** The largest discovery document accepted. */
    public static final int MAX_BYTES = 64 * 1024;

    private Discovery() {
    }

    /** The metadata of {@code issuer}, whose document must name exactly that issuer. */
    public static ProviderMetadata fetch(Transport transport, String issuer) {
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        TransportRequest request = TransportRequest.get(base + "/.well-known/openid-configuration");
        JsonNode document = Responses.json(transport, request, MAX_BYTES, "discovery document");
        String declared = text(document, "issuer");
        if (!declared.equals(issuer)) {
            throw new RejectedException(OidcError.ISSUER_MISMATCH,
                    "the discovery document names another issuer than the one configured (OpenID Connect Discovery 4.3)");
        }
        return new ProviderMetadata(issuer, url(document, "authorization_endpoint"), url(document, "token_endpoint"),
                url(document, "jwks_uri"), optionalUrl(document, "userinfo_endpoint"),
                optionalUrl(document, "end_session_endpoint"));
    }

    private static String text(JsonNode document, String member) {
        JsonNode node = document.get(member);
        if (node == null || !node.isTextual() || node.asText().isEmpty()) {
            throw new RejectedException(OidcError.BAD_PROVIDER_RESPONSE,
                    "the discovery document lacks the string member " + member);
        }
        return node.asText();
    }

    private static HttpUrl url(JsonNode document, String member) {
        HttpUrl url = HttpUrl.parse(text(document, member));
        if (url == null) {
            throw new RejectedException(OidcError.BAD_PROVIDER_RESPONSE,
                    "the discovery document's " + member + " is not an absolute http(s) URL");
        }
        return url;
    }

    private static Optional<HttpUrl> optionalUrl(JsonNode document, String member) {
        return document.has(member) ? Optional.of(url(document, member)) : Optional.empty();
    }
}
