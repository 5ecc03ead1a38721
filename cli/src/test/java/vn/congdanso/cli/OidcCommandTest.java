package vn.congdanso.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class OidcCommandTest {

    private static final String ISSUER = "https://sso.example.test/realms/vneid";
    private static RSAKey key;

    @TempDir
    Path dir;

    @BeforeAll
    static void generateKey() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
    }

    @Test
    void validatesAnIdTokenAndPrintsClaimsAndCitizenAsJson() throws Exception {
        Path jwks = jwksFile();

        CliRun run = CliRun.of("oidc", "validate-id-token", "--issuer", ISSUER, "--client-id", "desk",
                "--jwks", jwks.toString(), "--nonce", "n1", "--acr", "LoA2", "--json", token("n1"));

        assertThat(run.exitCode()).isZero();
        JsonNode json = Output.MAPPER.readTree(run.out());
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("error").isNull()).isTrue();
        assertThat(json.at("/claims/iss").asText()).isEqualTo(ISSUER);
        assertThat(json.at("/citizen/idNumber").asText()).isEqualTo("001090000123");
        assertThat(json.at("/citizen/birthDate").asText()).isEqualTo("1990-01-01");
    }

    @Test
    void exitsWith1AndTheErrorCodeForAnInvalidToken() throws Exception {
        Path jwks = jwksFile();

        CliRun run = CliRun.of("oidc", "validate-id-token", "--issuer", ISSUER, "--client-id", "desk",
                "--jwks", jwks.toString(), "--nonce", "other", "--json", token("n1"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
        JsonNode json = Output.MAPPER.readTree(run.out());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.at("/error/code").asText()).isEqualTo("oidc.NONCE_MISMATCH");
        assertThat(json.get("citizen").isNull()).isTrue();
    }

    private Path jwksFile() throws Exception {
        Path file = dir.resolve("jwks.json");
        Files.writeString(file, new JWKSet(key).toPublicJWKSet().toString());
        return file;
    }

    private static String token(String nonce) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject("s1").audience("desk")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", nonce).claim("acr", "LoA2")
                .claim("SoDinhDanh", "001090000123").claim("HoVaTen", "NGUYEN VAN A").claim("NgayThangNamSinh", "19900101")
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
