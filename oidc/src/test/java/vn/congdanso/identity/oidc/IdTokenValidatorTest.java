package vn.congdanso.identity.oidc;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.PlainJWT;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.congdanso.identity.oidc.TestKeys.NONCE;
import static vn.congdanso.identity.oidc.TestKeys.NOW;

class IdTokenValidatorTest {

    private static final IdTokenExpectations LOA2 = IdTokenExpectations.none().withNonce(NONCE).withAcr("LoA2");

    private final IdTokenValidator validator = validator(Clock.fixed(NOW, ZoneOffset.UTC));

    static IdTokenValidator validator(Clock clock) {
        return IdTokenValidator.builder()
                .issuer(TestKeys.ISSUER)
                .clientId(TestKeys.CLIENT_ID)
                .keys(ProviderKeys.fixed(TestKeys.jwks(TestKeys.RSA, TestKeys.EC).toString().getBytes(StandardCharsets.UTF_8)))
                .clock(clock)
                .build();
    }

    @Test
    void acceptsAValidRs256TokenAndReturnsItsClaims() {
        VerifiedIdToken token = validator.validate(TestKeys.sign(TestKeys.claims().build()), LOA2);

        assertThat(token.issuer()).isEqualTo(TestKeys.ISSUER);
        assertThat(token.subject()).isEqualTo("f3c1a1f0-0000-4000-8000-000000000001");
        assertThat(token.acr()).contains("LoA2");
        assertThat(token.authTime()).contains(NOW.minusSeconds(10));
        assertThat(token.claims()).containsEntry("HoVaTen", "NGUYEN VAN A");
        assertThat(token.toString()).doesNotContain("f3c1a1f0").doesNotContain("NGUYEN");
    }

    @Test
    void acceptsEs256AndPs256ByDefault() {
        assertThat(validator.validate(TestKeys.sign(TestKeys.claims().build(), TestKeys.EC, JWSAlgorithm.ES256), LOA2)
                .acr()).contains("LoA2");
        assertThat(validator.validate(TestKeys.sign(TestKeys.claims().build(), TestKeys.RSA, JWSAlgorithm.PS256), LOA2)
                .acr()).contains("LoA2");
    }

    @Test
    void rejectsATamperedSignature() {
        String token = TestKeys.sign(TestKeys.claims().build());
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertRejected(tampered, OidcError.BAD_SIGNATURE);
    }

    @Test
    void rejectsATokenSignedByAnotherKeyWithTheSameKid() {
        String forged = TestKeys.sign(TestKeys.claims().build(),
                new com.nimbusds.jose.jwk.RSAKey.Builder(TestKeys.RSA_ROTATED).keyID("rsa-1").build(), JWSAlgorithm.RS256);

        assertRejected(forged, OidcError.BAD_SIGNATURE);
    }

    @Test
    void rejectsAlgNone() {
        assertRejected(new PlainJWT(TestKeys.claims().build()).serialize(), OidcError.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void rejectsHs256KeyedWithTheProvidersPublicRsaKey() throws JOSEException {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("rsa-1").build(),
                new Payload(TestKeys.claims().build().toJSONObject()));
        jws.sign(new MACSigner(TestKeys.RSA.toRSAPublicKey().getEncoded()));

        assertRejected(jws.serialize(), OidcError.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void rejectsAnAlgorithmOutsideTheConfiguredAllowList() {
        IdTokenValidator esOnly = IdTokenValidator.builder().issuer(TestKeys.ISSUER).clientId(TestKeys.CLIENT_ID)
                .keys(ProviderKeys.fixed(TestKeys.jwks(TestKeys.RSA).toString().getBytes(StandardCharsets.UTF_8)))
                .algorithms(Set.of(JWSAlgorithm.ES256)).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

        assertThatThrownBy(() -> esOnly.validate(TestKeys.sign(TestKeys.claims().build()), LOA2))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(OidcError.UNSUPPORTED_ALGORITHM));
    }

    @Test
    void refusesToConfigureHmacOrNone() {
        assertThatThrownBy(() -> IdTokenValidator.builder().algorithms(Set.of(JWSAlgorithm.HS256)))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(OidcError.BAD_CONFIGURATION));
    }

    @Test
    void rejectsAnUnknownKid() {
        String token = TestKeys.sign(TestKeys.claims().build(), TestKeys.RSA_ROTATED, JWSAlgorithm.RS256);

        assertRejected(token, OidcError.UNKNOWN_KEY);
    }

    @Test
    void rejectsAnotherIssuer() {
        assertRejected(TestKeys.sign(c -> c.issuer(TestKeys.ISSUER + "/")), OidcError.ISSUER_MISMATCH);
    }

    @Test
    void rejectsAnotherAudience() {
        assertRejected(TestKeys.sign(c -> c.audience("another-client")), OidcError.AUDIENCE_MISMATCH);
    }

    @Test
    void requiresAzpNamingThisClientWhenThereAreSeveralAudiences() {
        assertRejected(TestKeys.sign(c -> c.audience(List.of(TestKeys.CLIENT_ID, "other"))),
                OidcError.AUTHORIZED_PARTY_MISMATCH);
        assertRejected(TestKeys.sign(c -> c.audience(List.of(TestKeys.CLIENT_ID, "other")).claim("azp", "other")),
                OidcError.AUTHORIZED_PARTY_MISMATCH);
        assertThat(validator.validate(TestKeys.sign(c -> c.audience(List.of(TestKeys.CLIENT_ID, "other"))
                .claim("azp", TestKeys.CLIENT_ID)), LOA2).audience()).hasSize(2);
    }

    @Test
    void rejectsAnotherNonce() {
        assertRejected(TestKeys.sign(c -> c.claim("nonce", NONCE + "x")), OidcError.NONCE_MISMATCH);
        assertRejected(TestKeys.sign(c -> c.claim("nonce", null)), OidcError.NONCE_MISMATCH);
    }

    @Test
    void rejectsAnExpiredTokenBeyondTheSkewButToleratesTheSkew() {
        assertRejected(TestKeys.sign(c -> c.expirationTime(Date.from(NOW.minusSeconds(61)))), OidcError.EXPIRED);
        assertRejected(TestKeys.sign(c -> c.expirationTime(null)), OidcError.EXPIRED);
        assertThat(validator.validate(TestKeys.sign(c -> c.expirationTime(Date.from(NOW.minusSeconds(59)))), LOA2))
                .isNotNull();
    }

    @Test
    void rejectsIatInTheFutureBeyondTheSkew() {
        assertRejected(TestKeys.sign(c -> c.issueTime(Date.from(NOW.plusSeconds(61)))), OidcError.BAD_ISSUED_AT);
        assertRejected(TestKeys.sign(c -> c.issueTime(null)), OidcError.BAD_ISSUED_AT);
        assertThat(validator.validate(TestKeys.sign(c -> c.issueTime(Date.from(NOW.plusSeconds(59)))), LOA2))
                .isNotNull();
    }

    @Test
    void rejectsNbfInTheFutureBeyondTheSkew() {
        assertRejected(TestKeys.sign(c -> c.notBeforeTime(Date.from(NOW.plusSeconds(120)))), OidcError.BAD_NOT_BEFORE);
    }

    @Test
    void rejectsAnAssuranceLevelBelowTheRequestedOne() {
        assertRejected(TestKeys.sign(c -> c.claim("acr", "LoA1")), OidcError.TOO_LOW_ASSURANCE);
        assertRejected(TestKeys.sign(c -> c.claim("acr", null)), OidcError.TOO_LOW_ASSURANCE);
        assertRejected(TestKeys.sign(c -> c.claim("acr", "LoA9")), OidcError.TOO_LOW_ASSURANCE);
        assertThat(validator.validate(TestKeys.sign(c -> c.claim("acr", "LoA1")),
                IdTokenExpectations.none().withNonce(NONCE).withAcr("LoA1")).acr()).contains("LoA1");
    }

    @Test
    void rejectsARequestForAnUnknownLevel() {
        assertThatThrownBy(() -> validator.validate(TestKeys.sign(TestKeys.claims().build()),
                IdTokenExpectations.none().withAcr("LoA3")))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(OidcError.BAD_CONFIGURATION));
    }

    @Test
    void rejectsAnAuthenticationOlderThanMaxAge() {
        IdTokenExpectations fresh = LOA2.withMaxAge(Duration.ofMinutes(5));
        String old = TestKeys.sign(c -> c.claim("auth_time", NOW.minusSeconds(600).getEpochSecond()));

        assertThatThrownBy(() -> validator.validate(old, fresh)).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(OidcError.TOO_OLD_AUTHENTICATION));
        assertThatThrownBy(() -> validator.validate(TestKeys.sign(c -> c.claim("auth_time", null)), fresh))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(OidcError.TOO_OLD_AUTHENTICATION));
        assertThat(validator.validate(TestKeys.sign(TestKeys.claims().build()), fresh)).isNotNull();
    }

    @Test
    void refusesAMegabyteTokenBeforeParsingIt() {
        String huge = "eyJhbGciOiJSUzI1NiJ9." + "A".repeat(2 * 1024 * 1024) + ".sig";

        assertRejected(huge, OidcError.TOO_LARGE_TOKEN);
    }

    @Test
    void rejectsDuplicateClaimNames() throws JOSEException {
        String payload = "{\"iss\":\"" + TestKeys.ISSUER + "\",\"sub\":\"a\",\"sub\":\"b\",\"aud\":\""
                + TestKeys.CLIENT_ID + "\",\"exp\":" + NOW.plusSeconds(300).getEpochSecond() + ",\"iat\":"
                + NOW.getEpochSecond() + ",\"nonce\":\"" + NONCE + "\",\"acr\":\"LoA2\"}";
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-1").build(), new Payload(payload));
        jws.sign(new RSASSASigner(TestKeys.RSA));

        assertRejected(jws.serialize(), OidcError.BAD_TOKEN);
    }

    @Test
    void rejectsTextThatIsNoJwt() {
        assertRejected("not a token", OidcError.BAD_TOKEN);
        assertRejected("a.b.c", OidcError.BAD_TOKEN);
    }

    @Test
    void rejectsANegativeOrHugeSkew() {
        assertThatThrownBy(() -> IdTokenValidator.builder().clockSkew(Duration.ofHours(1)))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(CoreError.BAD_ARGUMENT));
    }

    private void assertRejected(String token, OidcError expected) {
        assertThatThrownBy(() -> validator.validate(token, LOA2))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(expected));
    }
}
