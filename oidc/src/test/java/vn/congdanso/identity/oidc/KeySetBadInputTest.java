package vn.congdanso.identity.oidc;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.nimbusds.jose.jwk.JWKSet;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.http.RetryPolicy;
import vn.congdanso.http.Transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hostile JWKS documents: refused with a typed error, nothing cached. (Logging stays at WARN
 * here: the transport's DEBUG body redaction is not meant for 200 KB bodies.)
 */
class KeySetBadInputTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final Clock clock = Clock.fixed(TestKeys.NOW, ZoneOffset.UTC);
    private final Transport transport = Transport.builder().retryPolicy(RetryPolicy.none()).build();

    @Test
    void refusesAJwksWithHundredsOfKeys() {
        String one = TestKeys.jwks(TestKeys.EC).getKeys().get(0).toJSONString();
        String many = IntStream.range(0, 300).mapToObj(i -> one).collect(Collectors.joining(",", "{\"keys\":[", "]}"));

        assertKeySetRefused(many, OidcError.BAD_KEY_SET);
    }

    @Test
    void refusesAnRsaKeyOfAbsurdSize() {
        String modulus = "A".repeat(200_000);
        assertKeySetRefused("{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"x\",\"n\":\"" + modulus + "\",\"e\":\"AQAB\"}]}",
                OidcError.BAD_KEY_SET);
    }

    @Test
    void refusesAWeakRsaKey() throws Exception {
        com.nimbusds.jose.jwk.RSAKey weak = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(1024, true)
                .keyID("weak").generate();
        assertKeySetRefused(new JWKSet(weak).toString(), OidcError.BAD_KEY_SET);
    }

    @Test
    void refusesAnOversizedJwksDocument() {
        assertKeySetRefused("{\"keys\":[],\"pad\":\"" + "x".repeat(300 * 1024) + "\"}", OidcError.BAD_PROVIDER_RESPONSE);
    }

    private void assertKeySetRefused(String jwks, OidcError expected) {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(jwks).build());
        ProviderKeys keys = ProviderKeys.builder(transport, server.url("/certs")).clock(clock).build();
        IdTokenValidator validator = IdTokenValidator.builder().issuer(TestKeys.ISSUER).clientId(TestKeys.CLIENT_ID)
                .keys(keys).clock(clock).build();
        assertThatThrownBy(() -> validator.validate(TestKeys.sign(TestKeys.claims().build()), IdTokenExpectations.none()))
                .isInstanceOfSatisfying(CongDanSoException.class, e -> assertThat(e.code()).isEqualTo(expected));
    }
}
