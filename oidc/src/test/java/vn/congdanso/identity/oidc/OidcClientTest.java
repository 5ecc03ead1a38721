package vn.congdanso.identity.oidc;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.core.UnavailableException;
import vn.congdanso.http.RetryPolicy;
import vn.congdanso.http.Transport;
import vn.congdanso.identity.oidc.internal.Pkce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OidcClientTest {

    private static final String SECRET = "test-only-client-secret";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final Clock clock = Clock.fixed(TestKeys.NOW, ZoneOffset.UTC);
    private final Transport transport = Transport.builder().retryPolicy(RetryPolicy.none())
            .readTimeout(Duration.ofMillis(500)).callTimeout(Duration.ofSeconds(2)).build();

    @Test
    void buildsAnAuthorizationUrlWithPkceStateNonceAcrAndVietnameseUi() {
        LoginRedirect redirect = client(ClientAuthentication.clientSecretBasic(Secret.of(SECRET)))
                .beginLogin(LoginOptions.defaults().withAcr("LoA2").withPrompt("login").withMaxAge(Duration.ofMinutes(5)));
        HttpUrl url = redirect.url();
        PendingLogin pending = redirect.pending();

        assertThat(url.encodedPath()).isEqualTo("/auth");
        assertThat(url.queryParameter("response_type")).isEqualTo("code");
        assertThat(url.queryParameter("client_id")).isEqualTo(TestKeys.CLIENT_ID);
        assertThat(url.queryParameter("state")).isEqualTo(pending.state()).hasSize(43);
        assertThat(url.queryParameter("nonce")).isEqualTo(pending.nonce()).isNotEqualTo(pending.state());
        assertThat(url.queryParameter("code_challenge")).isEqualTo(Pkce.challenge(pending.codeVerifier()));
        assertThat(url.queryParameter("code_challenge_method")).isEqualTo("S256");
        assertThat(url.queryParameter("acr_values")).isEqualTo("LoA2");
        assertThat(url.queryParameter("prompt")).isEqualTo("login");
        assertThat(url.queryParameter("max_age")).isEqualTo("300");
        assertThat(url.queryParameter("ui_locales")).isEqualTo("vi");
        assertThat(pending.toString()).doesNotContain(pending.state()).doesNotContain(pending.codeVerifier());
    }

    @Test
    void computesTheS256ChallengeAsBase64urlOfSha256() {
        // Expected value computed independently (Python hashlib + base64.urlsafe_b64encode, padding stripped).
        assertThat(Pkce.challenge("dBjftJeZ4CVP-mJ92K1ss8M3qR0UH7aLQ-vhsFR0yj1")).isEqualTo("29R6-FnHCGSJ8JQv-UypMnJbkhdsQxvJU80HPJdKuvo");
    }

    @Test
    void completesALoginAndMapsTheCitizenFromIdTokenAndUserinfo() throws Exception {
        OidcClient client = client(ClientAuthentication.clientSecretBasic(Secret.of(SECRET)));
        PendingLogin pending = client.beginLogin(LoginOptions.defaults().withAcr("LoA2")).pending();
        enqueueTokens(TestKeys.sign(c -> c.claim("nonce", pending.nonce()).claim("NgayThangNamSinh", null)));
        server.enqueue(json("{\"sub\":\"f3c1a1f0-0000-4000-8000-000000000001\",\"NgayThangNamSinh\":\"19900101\"}"));

        LoginResult result = client.completeLogin(pending, Map.of("state", pending.state(), "code", "abc"));

        CitizenIdentity citizen = result.citizen();
        assertThat(citizen.idNumber().orElseThrow().digits()).isEqualTo("001090000123");
        assertThat(citizen.fullName()).contains("NGUYEN VAN A");
        assertThat(citizen.birthDate()).contains(LocalDate.of(1990, 1, 1));
        assertThat(citizen.assuranceLevel()).contains("LoA2");
        assertThat(citizen.toString()).doesNotContain("001090000123").doesNotContain("NGUYEN VAN A");
        assertThat(result.tokens().toString()).doesNotContain("access-1");
        RecordedRequest token = server.takeRequest();
        String form = token.getBody().utf8();
        assertThat(form).contains("grant_type=authorization_code").contains("code=abc")
                .contains("code_verifier=" + pending.codeVerifier()).doesNotContain("client_secret");
        assertThat(token.getHeaders().get("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString((TestKeys.CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8)));
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer access-1");
    }

    @Test
    void sendsTheSecretInTheFormForClientSecretPost() throws Exception {
        OidcClient client = client(ClientAuthentication.clientSecretPost(Secret.of(SECRET)));
        PendingLogin pending = client.beginLogin(LoginOptions.defaults()).pending();
        enqueueTokens(TestKeys.sign(c -> c.claim("nonce", pending.nonce())));
        server.enqueue(json("{\"sub\":\"f3c1a1f0-0000-4000-8000-000000000001\"}"));

        client.completeLogin(pending, Map.of("state", pending.state(), "code", "abc"));

        RecordedRequest token = server.takeRequest();
        assertThat(token.getBody().utf8()).contains("client_id=" + TestKeys.CLIENT_ID).contains("client_secret=" + SECRET);
        assertThat(token.getHeaders().get("Authorization")).isNull();
    }

    @Test
    void signsAClientAssertionForPrivateKeyJwt() throws Exception {
        OidcClient client = client(ClientAuthentication.privateKeyJwt(TestKeys.RSA_ROTATED, JWSAlgorithm.RS256));
        PendingLogin pending = client.beginLogin(LoginOptions.defaults()).pending();
        enqueueTokens(TestKeys.sign(c -> c.claim("nonce", pending.nonce())));
        server.enqueue(json("{\"sub\":\"f3c1a1f0-0000-4000-8000-000000000001\"}"));

        client.completeLogin(pending, Map.of("state", pending.state(), "code", "abc"));

        Map<String, String> form = formOf(server.takeRequest().getBody().utf8());
        SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
        assertThat(assertion.verify(new RSASSAVerifier(TestKeys.RSA_ROTATED.toRSAPublicKey()))).isTrue();
        assertThat(assertion.getJWTClaimsSet().getIssuer()).isEqualTo(TestKeys.CLIENT_ID);
        assertThat(assertion.getJWTClaimsSet().getAudience()).containsExactly(server.url("/token").toString());
        assertThat(form.get("client_assertion_type")).isEqualTo("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    }

    @Test
    void rejectsACallbackWithAnotherState() {
        OidcClient client = client(ClientAuthentication.clientSecretBasic(Secret.of(SECRET)));
        PendingLogin pending = client.beginLogin(LoginOptions.defaults()).pending();

        assertRejected(() -> client.completeLogin(pending, Map.of("state", pending.state() + "x", "code", "abc")),
                OidcError.STATE_MISMATCH);
        assertRejected(() -> client.completeLogin(pending, Map.of("code", "abc")), OidcError.STATE_MISMATCH);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void reportsTheProvidersErrorFromTheCallback() {
        OidcClient client = client(ClientAuthentication.clientSecretBasic(Secret.of(SECRET)));
        PendingLogin pending = client.beginLogin(LoginOptions.defaults()).pending();

        assertThatThrownBy(() -> client.completeLogin(pending, Map.of("state", pending.state(), "error", "access_denied")))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(OidcError.BAD_CALLBACK);
                    assertThat(e.remote().orElseThrow().remoteCode()).contains("access_denied");
                });
    }

    @Test
    void rejectsACallbackAfterThePendingLoginExpired() {
        OidcClient client = client(ClientAuthentication.clientSecretBasic(Secret.of(SECRET)));
        PendingLogin pending = client.beginLogin(LoginOptions.defaults()).pending();
        PendingLogin old = new PendingLogin(pending.state(), pending.nonce(), pending.codeVerifier(),
                pending.redirectUri(), pending.createdAt().minus(Duration.ofMinutes(11)), Optional.empty(), Optional.empty());

        assertRejected(() -> client.completeLogin(old, Map.of("state", old.state(), "code", "abc")),
                OidcError.EXPIRED_LOGIN);
    }

    @Test
    void rejectsAnIdTokenWithAnotherNonceThanThePendingLogins() {
        OidcClient client = client(ClientAuthentication.clientSecretBasic(Secret.of(SECRET)));
        PendingLogin pending = client.beginLogin(LoginOptions.defaults()).pending();
        enqueueTokens(TestKeys.sign(TestKeys.claims().build()));

        assertRejected(() -> client.completeLogin(pending, Map.of("state", pending.state(), "code", "abc")),
                OidcError.NONCE_MISMATCH);
    }

    @Test
    void rejectsUserinfoForAnotherSubject() {
        OidcClient client = client(ClientAuthentication.clientSecretBasic(Secret.of(SECRET)));
        PendingLogin pending = client.beginLogin(LoginOptions.defaults()).pending();
        enqueueTokens(TestKeys.sign(c -> c.claim("nonce", pending.nonce())));
        server.enqueue(json("{\"sub\":\"someone-else\"}"));

        assertRejected(() -> client.completeLogin(pending, Map.of("state", pending.state(), "code", "abc")),
                OidcError.SUBJECT_MISMATCH);
    }

    @Test
    void reportsAnInvalidGrantAsRejectedWithTheOauthError() {
        OidcClient client = client(ClientAuthentication.clientSecretBasic(Secret.of(SECRET)));
        PendingLogin pending = client.beginLogin(LoginOptions.defaults()).pending();
        server.enqueue(json("{\"error\":\"invalid_grant\"}").newBuilder().code(400).build());

        assertThatThrownBy(() -> client.completeLogin(pending, Map.of("state", pending.state(), "code", "abc")))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreError.REMOTE_REJECTED);
                    assertThat(e.remote().orElseThrow().remoteCode()).contains("invalid_grant");
                });
    }

    @Test
    void reportsAFailingTokenEndpointAsUnavailable() {
        OidcClient client = client(ClientAuthentication.clientSecretBasic(Secret.of(SECRET)));
        PendingLogin pending = client.beginLogin(LoginOptions.defaults()).pending();
        server.enqueue(new MockResponse.Builder().code(502).build());

        assertThatThrownBy(() -> client.completeLogin(pending, Map.of("state", pending.state(), "code", "abc")))
                .isInstanceOfSatisfying(UnavailableException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreError.REMOTE_UNAVAILABLE));
    }

    @Test
    void reportsASlowTokenEndpointAsATimeout() {
        OidcClient client = client(ClientAuthentication.clientSecretBasic(Secret.of(SECRET)));
        PendingLogin pending = client.beginLogin(LoginOptions.defaults()).pending();
        server.enqueue(json("{}").newBuilder().headersDelay(3, TimeUnit.SECONDS).build());

        assertThatThrownBy(() -> client.completeLogin(pending, Map.of("state", pending.state(), "code", "abc")))
                .isInstanceOfSatisfying(UnavailableException.class, e -> assertThat(e.code()).isEqualTo(CoreError.TIMEOUT));
    }

    @Test
    void refreshesAndChecksTheSubjectOfTheNewIdToken() throws Exception {
        OidcClient client = client(ClientAuthentication.clientSecretBasic(Secret.of(SECRET)));
        enqueueTokens(TestKeys.sign(c -> c.claim("nonce", null)));
        enqueueTokens(TestKeys.sign(c -> c.subject("someone-else")));

        TokenSet tokens = client.refresh(Secret.of("refresh-1"), "f3c1a1f0-0000-4000-8000-000000000001");

        assertThat(tokens.refreshToken()).isPresent();
        assertThat(formOf(server.takeRequest().getBody().utf8())).containsEntry("grant_type", "refresh_token")
                .containsEntry("refresh_token", "refresh-1");
        assertRejected(() -> client.refresh(Secret.of("refresh-1"), "f3c1a1f0-0000-4000-8000-000000000001"),
                OidcError.SUBJECT_MISMATCH);
    }

    @Test
    void buildsTheRpInitiatedLogoutUrl() {
        HttpUrl url = client(ClientAuthentication.clientSecretBasic(Secret.of(SECRET)))
                .logoutUrl("id.token.hint", Optional.of("https://app.example.test/bye"), Optional.of("s1"));

        assertThat(url.encodedPath()).isEqualTo("/logout");
        assertThat(url.queryParameter("id_token_hint")).isEqualTo("id.token.hint");
        assertThat(url.queryParameter("post_logout_redirect_uri")).isEqualTo("https://app.example.test/bye");
        assertThat(url.queryParameter("state")).isEqualTo("s1");
        assertThat(url.queryParameter("client_id")).isEqualTo(TestKeys.CLIENT_ID);
    }

    @Test
    void refusesToAskForAnAssuranceLevelItCannotCheck() {
        assertRejected(() -> client(ClientAuthentication.clientSecretBasic(Secret.of(SECRET)))
                .beginLogin(LoginOptions.defaults().withAcr("LoA3")), OidcError.BAD_CONFIGURATION);
    }

    private OidcClient client(ClientAuthentication authentication) {
        ProviderMetadata provider = new ProviderMetadata(TestKeys.ISSUER, server.url("/auth"), server.url("/token"),
                server.url("/certs"), Optional.of(server.url("/userinfo")), Optional.of(server.url("/logout")));
        return OidcClient.builder()
                .provider(provider)
                .clientId(TestKeys.CLIENT_ID)
                .authentication(authentication)
                .redirectUri("https://app.example.test/callback")
                .transport(transport)
                .keys(ProviderKeys.fixed(TestKeys.jwks(TestKeys.RSA).toString().getBytes(StandardCharsets.UTF_8)))
                .clock(clock)
                .build();
    }

    private void enqueueTokens(String idToken) {
        server.enqueue(json("{\"access_token\":\"access-1\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                + "\"refresh_token\":\"refresh-1\",\"id_token\":\"" + idToken + "\"}"));
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }

    private static Map<String, String> formOf(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            form.put(java.net.URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return form;
    }

    private static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, OidcError expected) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(expected));
    }
}
