package vn.congdanso.identity.oidc;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Keys generated once per test run, and ID tokens signed with them. */
final class TestKeys {

    static final String ISSUER = "https://sso.example.test/realms/vneid";
    static final String CLIENT_ID = "congdanso-desk";
    static final String NONCE = "n-0S6_WzA2Mj";
    static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

    static final RSAKey RSA = generateRsa("rsa-1");
    static final RSAKey RSA_ROTATED = generateRsa("rsa-2");
    static final ECKey EC = generateEc("ec-1");

    private TestKeys() {
    }

    static JWKSet jwks(JWK... keys) {
        return new JWKSet(java.util.List.of(keys)).toPublicJWKSet();
    }

    /** The claims of a valid LoA2 token for NGUYEN VAN A (fictional). */
    static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("f3c1a1f0-0000-4000-8000-000000000001")
                .audience(CLIENT_ID)
                .expirationTime(Date.from(NOW.plusSeconds(300)))
                .issueTime(Date.from(NOW.minusSeconds(5)))
                .claim("auth_time", NOW.minusSeconds(10).getEpochSecond())
                .claim("nonce", NONCE)
                .claim("acr", "LoA2")
                .claim("SoDinhDanh", "001090000123")
                .claim("HoVaTen", "NGUYEN VAN A")
                .claim("NgayThangNamSinh", "19900101");
    }

    static String sign(JWTClaimsSet claims) {
        return sign(claims, RSA, JWSAlgorithm.RS256);
    }

    static String sign(Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder builder = claims();
        change.accept(builder);
        return sign(builder.build());
    }

    static String sign(JWTClaimsSet claims, JWK key, JWSAlgorithm algorithm) {
        try {
            JWSSigner signer = key instanceof RSAKey rsa ? new RSASSASigner(rsa) : new ECDSASigner((ECKey) key);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build(), claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> jsonOf(JWKSet set) {
        return set.toJSONObject();
    }

    private static RSAKey generateRsa(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey generateEc(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
