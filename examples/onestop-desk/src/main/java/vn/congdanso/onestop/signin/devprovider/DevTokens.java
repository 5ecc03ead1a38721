package vn.congdanso.onestop.signin.devprovider;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Signs the development provider's tokens with its ES256 key (nimbus-jose-jwt): ID tokens as
 * OpenID Connect Core §2 describes them, with the citizen's claims as VNeID carries them, and
 * self-contained access tokens ({@code typ at+jwt}) that only its userinfo endpoint accepts.
 */
@Component
@ConditionalOnBooleanProperty("onestop.signin.dev-provider")
class DevTokens {

    /** How long the tokens live. */
    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final JOSEObjectType ACCESS_TOKEN = new JOSEObjectType("at+jwt");

    private final DevCredentials credentials;
    private final Clock clock;

    DevTokens(DevProvider provider, Clock clock) {
        this.credentials = provider.credentials();
        this.clock = clock;
    }

    /** The ID token for a redeemed code. */
    String idToken(String issuer, IssuedCode code) {
        JWTClaimsSet.Builder claims = common(issuer, code.subject()).audience(code.clientId())
                .claim("auth_time", code.authTime().getEpochSecond())
                .claim("acr", code.acr())
                .claim("azp", code.clientId());
        code.nonce().ifPresent(nonce -> claims.claim("nonce", nonce));
        code.claims().forEach(claims::claim);
        return sign(JOSEObjectType.JWT, claims.build());
    }

    /** The access token for a redeemed code: it carries what userinfo answers. */
    String accessToken(String issuer, IssuedCode code) {
        JWTClaimsSet.Builder claims = common(issuer, code.subject()).audience(issuer + "/userinfo")
                .claim("client_id", code.clientId()).claim("scope", "openid profile");
        code.claims().forEach(claims::claim);
        return sign(ACCESS_TOKEN, claims.build());
    }

    /** The userinfo claims for an access token this provider signed and that has not expired. */
    Optional<Map<String, Object>> userinfo(String issuer, String accessToken) {
        try {
            SignedJWT jwt = SignedJWT.parse(accessToken);
            if (!ACCESS_TOKEN.equals(jwt.getHeader().getType())
                    || !jwt.verify(new ECDSAVerifier(credentials.signingKey().toPublicJWK()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!issuer.equals(claims.getIssuer()) || claims.getExpirationTime() == null
                    || !clock.instant().isBefore(claims.getExpirationTime().toInstant())) {
                return Optional.empty();
            }
            Map<String, Object> userinfo = new LinkedHashMap<>(claims.getClaims());
            for (String protocol : new String[] {"iss", "aud", "exp", "iat", "client_id", "scope"}) {
                userinfo.remove(protocol);
            }
            return Optional.of(userinfo);
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }

    /** The public half of the signing key, as a JWK set. */
    Map<String, Object> publicKeys() {
        return new JWKSet(credentials.signingKey().toPublicJWK()).toJSONObject(true);
    }

    private JWTClaimsSet.Builder common(String issuer, String subject) {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder().issuer(issuer).subject(subject)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(LIFETIME)));
    }

    private String sign(JOSEObjectType type, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(type)
                .keyID(credentials.signingKey().getKeyID()).build(), claims);
        try {
            jwt.sign(new ECDSASigner(credentials.signingKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("the development provider's key cannot sign", e);
        }
        return jwt.serialize();
    }
}
