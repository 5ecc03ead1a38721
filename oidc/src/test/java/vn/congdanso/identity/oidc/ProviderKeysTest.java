package vn.congdanso.identity.oidc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.UnavailableException;
import vn.congdanso.core.testing.LogCapture;
import vn.congdanso.http.RetryPolicy;
import vn.congdanso.http.Transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.congdanso.identity.oidc.TestKeys.NONCE;

class ProviderKeysTest {

    private static final IdTokenExpectations EXPECT = IdTokenExpectations.none().withNonce(NONCE);

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private final MutableClock clock = new MutableClock(TestKeys.NOW);
    private final Transport transport = Transport.builder().retryPolicy(RetryPolicy.none())
            .readTimeout(Duration.ofSeconds(2)).build();

    @Test
    void fetchesTheKeysOnceAndServesLaterTokensFromTheCache() {
        serve(TestKeys.jwks(TestKeys.RSA));
        IdTokenValidator validator = validator(keys());

        validator.validate(TestKeys.sign(TestKeys.claims().build()), EXPECT);
        validator.validate(TestKeys.sign(TestKeys.claims().build()), EXPECT);

        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void refetchesOnAnUnknownKidAndAcceptsTheRotatedKey() {
        serve(TestKeys.jwks(TestKeys.RSA));
        serve(TestKeys.jwks(TestKeys.RSA, TestKeys.RSA_ROTATED));
        IdTokenValidator validator = validator(keys());
        validator.validate(TestKeys.sign(TestKeys.claims().build()), EXPECT);
        clock.advance(Duration.ofSeconds(31));

        VerifiedIdToken rotated = validator.validate(
                TestKeys.sign(TestKeys.claims().build(), TestKeys.RSA_ROTATED, JWSAlgorithm.RS256), EXPECT);

        assertThat(rotated.subject()).isNotEmpty();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void rateLimitsRefetchesForUnknownKids() {
        serve(TestKeys.jwks(TestKeys.RSA));
        serve(TestKeys.jwks(TestKeys.RSA));
        IdTokenValidator validator = validator(keys());
        validator.validate(TestKeys.sign(TestKeys.claims().build()), EXPECT);
        String forgedKid = TestKeys.sign(TestKeys.claims().build(), TestKeys.RSA_ROTATED, JWSAlgorithm.RS256);

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> validator.validate(forgedKid, EXPECT)).isInstanceOfSatisfying(
                    RejectedException.class, e -> assertThat(e.code()).isEqualTo(OidcError.UNKNOWN_KEY));
        }

        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void keepsTheLastGoodSetWhileTheJwksEndpointIsDown() {
        serve(TestKeys.jwks(TestKeys.RSA));
        server.enqueue(new MockResponse.Builder().code(503).build());
        IdTokenValidator validator = validator(keys());
        validator.validate(TestKeys.sign(TestKeys.claims().build()), EXPECT);
        clock.advance(Duration.ofHours(2));

        VerifiedIdToken token = validator.validate(TestKeys.sign(c -> c
                .issueTime(java.util.Date.from(clock.instant()))
                .expirationTime(java.util.Date.from(clock.instant().plusSeconds(300)))), EXPECT);

        assertThat(token).isNotNull();
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(logs.messages()).anyMatch(m -> m.contains("keeping the last good key set"));
    }

    @Test
    void failsAsUnavailableWhenNoSetWasEverFetched() {
        server.enqueue(new MockResponse.Builder().code(500).build());

        assertThatThrownBy(() -> validator(keys()).validate(TestKeys.sign(TestKeys.claims().build()), EXPECT))
                .isInstanceOf(UnavailableException.class);
    }

    @Test
    void cachesNothingFromARefusedFetch() {
        server.enqueue(json("{\"keys\": \"not an array\"}"));
        serve(TestKeys.jwks(TestKeys.RSA));
        IdTokenValidator validator = validator(keys());

        assertThatThrownBy(() -> validator.validate(TestKeys.sign(TestKeys.claims().build()), EXPECT))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(OidcError.BAD_PROVIDER_RESPONSE));
        clock.advance(Duration.ofSeconds(31));

        assertThat(validator.validate(TestKeys.sign(TestKeys.claims().build()), EXPECT)).isNotNull();
    }

    @Test
    void dropsSymmetricKeysSoTheyCanNeverVerifyAToken() {
        ProviderKeys keys = ProviderKeys.fixed(("{\"keys\":[{\"kty\":\"oct\",\"kid\":\"rsa-1\",\"k\":\""
                + "A".repeat(43) + "\"}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThatThrownBy(() -> validator(keys).validate(TestKeys.sign(TestKeys.claims().build()), EXPECT))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(OidcError.UNKNOWN_KEY));
    }

    private ProviderKeys keys() {
        return ProviderKeys.builder(transport, server.url("/certs")).clock(clock).build();
    }

    private IdTokenValidator validator(ProviderKeys keys) {
        return IdTokenValidator.builder().issuer(TestKeys.ISSUER).clientId(TestKeys.CLIENT_ID).keys(keys).clock(clock)
                .build();
    }

    private void serve(JWKSet set) {
        server.enqueue(json(set.toString()));
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
