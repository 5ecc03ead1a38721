package vn.congdanso.onestop.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import com.nimbusds.jose.util.JSONObjectUtils;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;
import vn.congdanso.http.Transport;
import vn.congdanso.identity.oidc.IdTokenExpectations;
import vn.congdanso.identity.oidc.IdTokenValidator;
import vn.congdanso.identity.oidc.OidcError;
import vn.congdanso.identity.oidc.ProviderKeys;
import vn.congdanso.identity.oidc.ProviderMetadata;
import vn.congdanso.identity.oidc.VerifiedIdToken;
import vn.congdanso.onestop.DeskApp;

/**
 * The development provider's token endpoint and tokens, driven by the test as the client: one-time
 * codes, PKCE, client authentication, and real ID tokens that the SDK's validator accepts only
 * with the right signature, issuer, audience, nonce and level.
 */
class DevProviderTokensTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DeskApp desk = DeskApp.shared();
    private final String issuer = desk.baseUrl() + "/dev-oidc";
    private final String redirectUri = desk.baseUrl() + "/signin/callback";
    private final Properties client = client();

    @Test
    void servesDiscoveryForItsOwnIssuer() {
        ProviderMetadata metadata = ProviderMetadata.discover(Transport.builder().build(), issuer);
        assertThat(metadata.issuer()).isEqualTo(issuer);
        assertThat(metadata.tokenEndpoint().toString()).isEqualTo(issuer + "/token");
        assertThat(metadata.userinfoEndpoint()).isPresent();
    }

    @Test
    void issuesIdTokensTheSdkVerifies() throws Exception {
        String verifier = verifier();
        Map<String, Object> tokens = json(exchange(code(challenge(verifier), "nonce-1"), verifier, secret(), redirectUri));

        VerifiedIdToken token = appValidator().validate((String) tokens.get("id_token"),
                IdTokenExpectations.none().withNonce("nonce-1").withAcr("LoA2"));

        assertThat(token.issuer()).isEqualTo(issuer);
        assertThat(token.audience()).containsExactly(client.getProperty("client-id"));
        assertThat(token.acr()).contains("LoA2");
        assertThat(token.claims()).containsEntry("SoDinhDanh", "001090000123").containsEntry("HoVaTen", "NGUYEN VAN A")
                .containsEntry("NgayThangNamSinh", "19900101");
        assertThat(tokens).containsEntry("token_type", "Bearer");
    }

    @Test
    void issuesIdTokensTheSdkRefusesWithAnotherSignatureIssuerAudienceOrNonce() throws Exception {
        String verifier = verifier();
        String idToken = (String) json(exchange(code(challenge(verifier), "nonce-2"), verifier, secret(), redirectUri))
                .get("id_token");
        IdTokenExpectations expected = IdTokenExpectations.none().withNonce("nonce-2");
        String[] parts = idToken.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + (parts[2].charAt(0) == 'A' ? 'B' : 'A') + parts[2].substring(1);

        assertRefused(() -> appValidator().validate(tampered, expected), OidcError.BAD_SIGNATURE);
        assertRefused(() -> validator(issuer + "-other", client.getProperty("client-id")).validate(idToken, expected),
                OidcError.ISSUER_MISMATCH);
        assertRefused(() -> validator(issuer, "another-client").validate(idToken, expected), OidcError.AUDIENCE_MISMATCH);
        assertRefused(() -> appValidator().validate(idToken, IdTokenExpectations.none().withNonce("other")),
                OidcError.NONCE_MISMATCH);
    }

    @Test
    void redeemsACodeOnlyOnce() throws Exception {
        String verifier = verifier();
        String code = code(challenge(verifier), "n");
        assertThat(exchange(code, verifier, secret(), redirectUri).statusCode()).isEqualTo(200);

        HttpResponse<String> again = exchange(code, verifier, secret(), redirectUri);

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("invalid_grant");
    }

    @Test
    void refusesAWrongPkceVerifierAndBurnsTheCode() throws Exception {
        String verifier = verifier();
        String code = code(challenge(verifier), "n");

        HttpResponse<String> wrong = exchange(code, verifier(), secret(), redirectUri);
        HttpResponse<String> rightButLate = exchange(code, verifier, secret(), redirectUri);

        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("invalid_grant");
        assertThat(rightButLate.statusCode()).isEqualTo(400);
    }

    @Test
    void refusesAnotherRedirectUriAndAWrongClientSecret() throws Exception {
        String verifier = verifier();
        HttpResponse<String> otherRedirect = exchange(code(challenge(verifier), "n"), verifier, secret(),
                desk.baseUrl() + "/elsewhere");
        HttpResponse<String> wrongSecret = exchange(code(challenge(verifier), "n"), verifier, "not-the-secret", redirectUri);

        assertThat(otherRedirect.statusCode()).isEqualTo(400);
        assertThat(otherRedirect.body()).contains("invalid_grant");
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(wrongSecret.body()).contains("invalid_client");
    }

    @Test
    void answersUserinfoForItsOwnAccessTokensOnly() throws Exception {
        String verifier = verifier();
        String accessToken = (String) json(exchange(code(challenge(verifier), "n"), verifier, secret(), redirectUri))
                .get("access_token");

        HttpResponse<String> userinfo = desk.send(HttpRequest.newBuilder(URI.create(issuer + "/userinfo"))
                .header("Authorization", "Bearer " + accessToken).build());
        HttpResponse<String> forged = desk.send(HttpRequest.newBuilder(URI.create(issuer + "/userinfo"))
                .header("Authorization", "Bearer " + accessToken.substring(0, accessToken.length() - 4) + "AAAA").build());

        assertThat(userinfo.statusCode()).isEqualTo(200);
        assertThat(userinfo.body()).contains("\"SoDinhDanh\":\"001090000123\"");
        assertThat(forged.statusCode()).isEqualTo(401);
    }

    /** Signs in on the provider's page with the test as the client; the one-time code. */
    private String code(String challenge, String nonce) {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("response_type", "code");
        request.put("client_id", client.getProperty("client-id"));
        request.put("redirect_uri", redirectUri);
        request.put("scope", "openid profile");
        request.put("state", "state-1");
        request.put("nonce", nonce);
        request.put("code_challenge", challenge);
        request.put("code_challenge_method", "S256");
        request.put("acr_values", "LoA2");
        String callback = SignIns.authorize(new Browser(), Browser.withQuery(issuer + "/authorize", request), Map.of());
        assertThat(Browser.query(callback)).containsEntry("state", "state-1").containsEntry("iss", issuer);
        return Browser.query(callback).get("code");
    }

    private HttpResponse<String> exchange(String code, String verifier, String secret, String redirect) {
        String basic = Base64.getEncoder().encodeToString((encode(client.getProperty("client-id")) + ":" + encode(secret))
                .getBytes(StandardCharsets.UTF_8));
        String form = "grant_type=authorization_code&code=" + encode(code) + "&redirect_uri=" + encode(redirect)
                + "&code_verifier=" + encode(verifier);
        return desk.send(HttpRequest.newBuilder(URI.create(issuer + "/token")).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private IdTokenValidator appValidator() {
        return desk.bean(SignInProvider.class).client().validator();
    }

    private IdTokenValidator validator(String expectedIssuer, String clientId) {
        return IdTokenValidator.builder().issuer(expectedIssuer).clientId(clientId)
                .keys(ProviderKeys.builder(Transport.builder().build(), HttpUrl.get(issuer + "/jwks")).build()).build();
    }

    private static void assertRefused(Runnable validation, OidcError code) {
        assertThatThrownBy(validation::run).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    private String secret() {
        return client.getProperty("client-secret");
    }

    private Properties client() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(desk.dataDir().resolve("dev-oidc-client.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    private static Map<String, Object> json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSONObjectUtils.parse(response.body());
    }

    private static String verifier() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
