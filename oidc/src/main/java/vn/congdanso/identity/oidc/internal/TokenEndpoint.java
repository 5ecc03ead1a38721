package vn.congdanso.identity.oidc.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.factories.DefaultJWSSignerFactory;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import okhttp3.HttpUrl;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.http.Transport;
import vn.congdanso.http.TransportRequest;
import vn.congdanso.identity.oidc.ClientAuthentication;
import vn.congdanso.identity.oidc.OidcError;
import vn.congdanso.identity.oidc.TokenSet;

/** Token-endpoint calls: a form POST with the client's authentication, a JSON token answer. */
public final class TokenEndpoint {

    /** The largest token response accepted. */
    public static final int MAX_BYTES = 256 * 1024;
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final DefaultJWSSignerFactory SIGNERS = new DefaultJWSSignerFactory();

    private final Transport transport;
    private final HttpUrl endpoint;
    private final String clientId;
    private final ClientAuthentication authentication;
    private final Clock clock;

    /** A token endpoint client. */
    public TokenEndpoint(Transport transport, HttpUrl endpoint, String clientId, ClientAuthentication authentication,
            Clock clock) {
        this.transport = transport;
        this.endpoint = endpoint;
        this.clientId = clientId;
        this.authentication = authentication;
        this.clock = clock;
    }

    /** Posts {@code parameters} plus the client authentication and reads the tokens. */
    public TokenSet request(Map<String, String> parameters) {
        Map<String, String> form = new LinkedHashMap<>(parameters);
        TransportRequest request = authenticate(form);
        JsonNode answer = Responses.json(transport, request, MAX_BYTES, "token response");
        return tokens(answer);
    }

    private TransportRequest authenticate(Map<String, String> form) {
        Optional<String> basic = Optional.empty();
        if (authentication instanceof ClientAuthentication.ClientSecretBasic b) {
            String pair = encode(clientId) + ":" + encode(b.secret().revealUtf8());
            basic = Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        } else if (authentication instanceof ClientAuthentication.ClientSecretPost p) {
            form.put("client_id", clientId);
            form.put("client_secret", p.secret().revealUtf8());
        } else if (authentication instanceof ClientAuthentication.PrivateKeyJwt k) {
            form.put("client_id", clientId);
            form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
            form.put("client_assertion", assertion(k));
        }
        TransportRequest request = TransportRequest.post(endpoint, FORM, formBody(form))
                .withHeader("Accept", "application/json");
        return basic.map(value -> request.withHeader("Authorization", value)).orElse(request);
    }

    private String assertion(ClientAuthentication.PrivateKeyJwt key) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(clientId).subject(clientId).audience(endpoint.toString())
                .jwtID(Pkce.randomToken())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(60)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(key.algorithm()).keyID(key.privateKey().getKeyID()).build(),
                claims);
        try {
            jwt.sign(SIGNERS.createJWSSigner(key.privateKey(), key.algorithm()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new RejectedException(OidcError.BAD_CONFIGURATION,
                    "the private_key_jwt key cannot sign with " + key.algorithm(), e);
        }
    }

    private TokenSet tokens(JsonNode answer) {
        String accessToken = text(answer, "access_token")
                .orElseThrow(() -> new RejectedException(OidcError.BAD_PROVIDER_RESPONSE,
                        "the token response has no access_token"));
        Optional<String> tokenType = text(answer, "token_type");
        if (tokenType.isEmpty() || !tokenType.get().equalsIgnoreCase("Bearer")) {
            throw new RejectedException(OidcError.BAD_PROVIDER_RESPONSE, "the token response's token_type is not Bearer");
        }
        JsonNode expiresIn = answer.get("expires_in");
        Optional<Instant> expiresAt = expiresIn != null && expiresIn.canConvertToLong() && expiresIn.asLong() > 0
                ? Optional.of(clock.instant().plusSeconds(Math.min(expiresIn.asLong(), 366L * 86_400)))
                : Optional.empty();
        return new TokenSet(Secret.of(accessToken), text(answer, "id_token"),
                text(answer, "refresh_token").map(Secret::of), expiresAt, text(answer, "scope"));
    }

    private static Optional<String> text(JsonNode answer, String member) {
        JsonNode node = answer.get(member);
        return node != null && node.isTextual() && !node.asText().isEmpty() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static byte[] formBody(Map<String, String> form) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((name, value) -> body.add(encode(name) + "=" + encode(value)));
        return body.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
