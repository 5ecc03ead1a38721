package vn.congdanso.identity.oidc.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.oidc.OidcError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each validation step on its own, on claims built in the test (no signature involved). */
class IdTokenStepsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
    private static final Duration SKEW = Duration.ofSeconds(60);
    private static final List<String> LEVELS = List.of("LoA1", "LoA2");

    @Test
    void sizeStepRefusesOnlyTokensOverTheLimit() {
        IdTokenSteps.checkSize("x".repeat(1024), 1024);
        assertStep(() -> IdTokenSteps.checkSize("x".repeat(1025), 1024), OidcError.TOO_LARGE_TOKEN);
    }

    @Test
    void algorithmStepAllowsOnlyTheListedAlgorithms() {
        IdTokenSteps.checkAlgorithm(new JWSHeader(JWSAlgorithm.ES256), Set.of(JWSAlgorithm.ES256));
        assertStep(() -> IdTokenSteps.checkAlgorithm(new JWSHeader(JWSAlgorithm.HS256), Set.of(JWSAlgorithm.RS256)),
                OidcError.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void issuerStepComparesExactly() {
        IdTokenSteps.checkIssuer(claims().issuer("https://a.test").build(), "https://a.test");
        assertStep(() -> IdTokenSteps.checkIssuer(claims().issuer("https://A.test").build(), "https://a.test"),
                OidcError.ISSUER_MISMATCH);
        assertStep(() -> IdTokenSteps.checkIssuer(claims().build(), "https://a.test"), OidcError.ISSUER_MISMATCH);
    }

    @Test
    void audienceStepsRequireTheClientAndAnAzpWithSeveralAudiences() {
        IdTokenSteps.checkAudience(claims().audience(List.of("other", "desk")).build(), "desk");
        assertStep(() -> IdTokenSteps.checkAudience(claims().build(), "desk"), OidcError.AUDIENCE_MISMATCH);
        IdTokenSteps.checkAuthorizedParty(claims().audience("desk").build(), "desk");
        assertStep(() -> IdTokenSteps.checkAuthorizedParty(claims().audience("desk").claim("azp", "other").build(), "desk"),
                OidcError.AUTHORIZED_PARTY_MISMATCH);
    }

    @Test
    void timeStepsApplyTheSkewOnBothSides() {
        assertThat(IdTokenSteps.checkExpiry(claims().expirationTime(at(-59)).build(), NOW, SKEW)).isEqualTo(NOW.minusSeconds(59));
        assertStep(() -> IdTokenSteps.checkExpiry(claims().expirationTime(at(-60)).build(), NOW, SKEW), OidcError.EXPIRED);
        IdTokenSteps.checkIssuedAt(claims().issueTime(at(60)).build(), NOW, SKEW);
        assertStep(() -> IdTokenSteps.checkIssuedAt(claims().issueTime(at(61)).build(), NOW, SKEW), OidcError.BAD_ISSUED_AT);
        IdTokenSteps.checkNotBefore(claims().build(), NOW, SKEW);
        assertStep(() -> IdTokenSteps.checkNotBefore(claims().notBeforeTime(at(61)).build(), NOW, SKEW),
                OidcError.BAD_NOT_BEFORE);
    }

    @Test
    void timeStepsRejectNonNumericTimes() {
        assertStep(() -> IdTokenSteps.checkExpiry(claims().claim("exp", "tomorrow").build(), NOW, SKEW), OidcError.EXPIRED);
    }

    @Test
    void nonceStepIsSkippedOnlyWhenNoNonceIsExpected() {
        IdTokenSteps.checkNonce(claims().build(), Optional.empty());
        IdTokenSteps.checkNonce(claims().claim("nonce", "n1").build(), Optional.of("n1"));
        assertStep(() -> IdTokenSteps.checkNonce(claims().claim("nonce", 1).build(), Optional.of("1")),
                OidcError.NONCE_MISMATCH);
    }

    @Test
    void acrStepOrdersTheLevels() {
        assertThat(IdTokenSteps.checkAcr(claims().claim("acr", "LoA2").build(), Optional.of("LoA1"), LEVELS)).contains("LoA2");
        assertThat(IdTokenSteps.checkAcr(claims().claim("acr", "LoA1").build(), Optional.empty(), LEVELS)).contains("LoA1");
        assertStep(() -> IdTokenSteps.checkAcr(claims().claim("acr", "LoA1").build(), Optional.of("LoA2"), LEVELS),
                OidcError.TOO_LOW_ASSURANCE);
    }

    @Test
    void authTimeStepAppliesMaxAgePlusSkew() {
        JWTClaimsSet recent = claims().claim("auth_time", NOW.minusSeconds(350).getEpochSecond()).build();
        assertThat(IdTokenSteps.checkAuthTime(recent, Optional.of(Duration.ofMinutes(5)), NOW, SKEW)).isPresent();
        JWTClaimsSet old = claims().claim("auth_time", NOW.minusSeconds(361).getEpochSecond()).build();
        assertStep(() -> IdTokenSteps.checkAuthTime(old, Optional.of(Duration.ofMinutes(5)), NOW, SKEW),
                OidcError.TOO_OLD_AUTHENTICATION);
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder();
    }

    private static Date at(long secondsFromNow) {
        return Date.from(NOW.plusSeconds(secondsFromNow));
    }

    private static void assertStep(ThrowingCallable step, OidcError expected) {
        assertThatThrownBy(step).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(expected));
    }
}
