package vn.congdanso.bench.oidc;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import vn.congdanso.identity.oidc.IdTokenExpectations;
import vn.congdanso.identity.oidc.IdTokenValidator;
import vn.congdanso.identity.oidc.ProviderKeys;
import vn.congdanso.identity.oidc.VerifiedIdToken;

/**
 * ID-token validation with the JWKS already cached ({@code sdkValidate}: size, parse, algorithm,
 * key selection, RS256 signature, iss/aud/azp/exp/iat/nbf, nonce, acr, auth_time) beside the
 * floor, one bare nimbus parse and RS256 verification of the same token with a prebuilt verifier
 * ({@code bareNimbusVerify}). Goal: at most 1.3× the floor's time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IdTokenValidationBenchmark {

    private static final String ISSUER = "https://sso.example.test/realms/vneid";
    private static final String NONCE = "n-0S6_WzA2Mj";

    private String token;
    private RSASSAVerifier verifier;
    private IdTokenValidator validator;
    private IdTokenExpectations expectations;

    @Setup
    public void setUp() throws JOSEException {
        RSAKey key = new RSAKeyGenerator(2048).keyID("bench-1").generate();
        Instant now = Instant.parse("2026-12-01T03:00:00Z");
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject("f3c1a1f0-0000-4000-8000-000000000001")
                .audience("congdanso-desk").issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("auth_time", now.getEpochSecond()).claim("nonce", NONCE).claim("acr", "LoA2")
                .claim("SoDinhDanh", "001090000123").claim("HoVaTen", "NGUYEN VAN A").claim("NgayThangNamSinh", "19900101")
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("bench-1").build(), claims);
        jwt.sign(new RSASSASigner(key));
        token = jwt.serialize();
        verifier = new RSASSAVerifier(key.toRSAPublicKey());
        validator = IdTokenValidator.builder().issuer(ISSUER).clientId("congdanso-desk")
                .keys(ProviderKeys.fixed(new JWKSet(key).toPublicJWKSet().toString().getBytes(StandardCharsets.UTF_8)))
                .clock(Clock.fixed(now.plusSeconds(10), ZoneOffset.UTC))
                .build();
        expectations = IdTokenExpectations.none().withNonce(NONCE).withAcr("LoA2");
    }

    @Benchmark
    public boolean bareNimbusVerify() throws ParseException, JOSEException {
        return SignedJWT.parse(token).verify(verifier);
    }

    @Benchmark
    public VerifiedIdToken sdkValidate() {
        return validator.validate(token, expectations);
    }
}
