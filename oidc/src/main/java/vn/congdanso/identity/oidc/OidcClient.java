package vn.congdanso.identity.oidc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;

import okhttp3.HttpUrl;
import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.RemoteDetails;
import vn.congdanso.core.Secret;
import vn.congdanso.http.Transport;
import vn.congdanso.http.TransportRequest;
import vn.congdanso.identity.oidc.internal.Pkce;
import vn.congdanso.identity.oidc.internal.Responses;
import vn.congdanso.identity.oidc.internal.TokenEndpoint;

import static java.util.Objects.requireNonNull;

/**
 * An OpenID Connect relying party for one provider and one client: the authorization-code flow
 * with PKCE (S256), {@code state} and {@code nonce} (256 random bits each), the token exchange
 * and refresh, userinfo and RP-initiated logout. Framework-agnostic: {@link #beginLogin} returns
 * a {@link PendingLogin} the app stores in its session, {@link #completeLogin} takes it back with
 * the callback's query parameters. Immutable and thread-safe.
 */
public final class OidcClient {

    private static final int MAX_USERINFO_BYTES = 64 * 1024;

    private final ProviderMetadata provider;
    private final String clientId;
    private final HttpUrl redirectUri;
    private final String scope;
    private final Transport transport;
    private final Clock clock;
    private final Duration maxLoginAge;
    private final IdTokenValidator validator;
    private final ClaimMapping claimMapping;
    private final boolean fetchUserinfo;
    private final TokenEndpoint tokenEndpoint;

    private OidcClient(Builder builder) {
        this.provider = requireNonNull(builder.provider, "provider not set");
        this.clientId = requireNonNull(builder.clientId, "clientId not set");
        this.redirectUri = requireNonNull(builder.redirectUri, "redirectUri not set");
        this.transport = requireNonNull(builder.transport, "transport not set");
        this.scope = builder.scope;
        this.clock = builder.clock;
        this.maxLoginAge = builder.maxLoginAge;
        this.claimMapping = builder.claimMapping;
        this.fetchUserinfo = builder.fetchUserinfo && provider.userinfoEndpoint().isPresent();
        ProviderKeys keys = builder.keys != null ? builder.keys
                : ProviderKeys.builder(transport, provider.jwksUri()).clock(clock).build();
        this.validator = builder.validator.issuer(provider.issuer()).clientId(clientId).keys(keys).clock(clock).build();
        this.tokenEndpoint = new TokenEndpoint(transport, provider.tokenEndpoint(), clientId,
                requireNonNull(builder.authentication, "authentication not set"), clock);
    }

    /** A builder; provider, client id, authentication, redirect URI and transport are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a login: fresh state, nonce and PKCE verifier, and the authorization URL with
     * {@code response_type=code}, {@code code_challenge_method=S256}, {@code ui_locales} and,
     * as {@code options} ask, {@code acr_values}, {@code prompt} and {@code max_age}.
     *
     * @throws RejectedException {@link OidcError#BAD_CONFIGURATION} for an assurance level the validator does not know
     */
    public LoginRedirect beginLogin(LoginOptions options) {
        requireNonNull(options, "options == null");
        options.acr().filter(acr -> !validator.acrLevels().contains(acr)).ifPresent(acr -> {
            throw new RejectedException(OidcError.BAD_CONFIGURATION,
                    "the requested assurance level is not one of " + validator.acrLevels());
        });
        PendingLogin pending = new PendingLogin(Pkce.randomToken(), Pkce.randomToken(), Pkce.randomToken(),
                redirectUri.toString(), clock.instant(), options.acr(), options.maxAge());
        HttpUrl.Builder url = provider.authorizationEndpoint().newBuilder()
                .addQueryParameter("response_type", "code")
                .addQueryParameter("client_id", clientId)
                .addQueryParameter("redirect_uri", pending.redirectUri())
                .addQueryParameter("scope", scope)
                .addQueryParameter("state", pending.state())
                .addQueryParameter("nonce", pending.nonce())
                .addQueryParameter("code_challenge", Pkce.challenge(pending.codeVerifier()))
                .addQueryParameter("code_challenge_method", "S256")
                .addQueryParameter("ui_locales", options.uiLocales());
        options.acr().ifPresent(acr -> url.addQueryParameter("acr_values", acr));
        options.prompt().ifPresent(prompt -> url.addQueryParameter("prompt", prompt));
        options.maxAge().ifPresent(age -> url.addQueryParameter("max_age", Long.toString(age.toSeconds())));
        return new LoginRedirect(url.build(), pending);
    }

    /**
     * Completes a login from the callback's query parameters: checks the pending login's age, the
     * provider's {@code error}, {@code state} (constant time), exchanges the code with the PKCE
     * verifier, validates the ID token against the pending login's nonce, level and max age,
     * fetches userinfo when the provider has it and maps the citizen.
     *
     * @throws RejectedException    {@link OidcError#EXPIRED_LOGIN}, {@link OidcError#BAD_CALLBACK},
     *                              {@link OidcError#STATE_MISMATCH}, {@link OidcError#SUBJECT_MISMATCH},
     *                              {@link CoreError#REMOTE_REJECTED} (for example {@code invalid_grant}),
     *                              or an ID-token step's code
     * @throws vn.congdanso.core.UnavailableException when the provider is down or slow
     */
    public LoginResult completeLogin(PendingLogin pending, Map<String, String> callback) {
        requireNonNull(pending, "pending == null");
        requireNonNull(callback, "callback == null");
        String code = checkCallback(pending, callback);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", pending.redirectUri());
        form.put("code_verifier", pending.codeVerifier());
        TokenSet tokens = tokenEndpoint.request(form);
        String idToken = tokens.idToken().orElseThrow(() -> new RejectedException(OidcError.BAD_PROVIDER_RESPONSE,
                "the token response has no id_token (was the openid scope granted?)"));
        VerifiedIdToken verified = validator.validate(idToken, pending.expectations());
        Map<String, Object> userinfo = fetchUserinfo ? userinfo(tokens.accessToken(), verified.subject()) : Map.of();
        return new LoginResult(verified, tokens, claimMapping.map(verified, userinfo));
    }

    /**
     * Exchanges a refresh token. An ID token in the answer is validated (no nonce, as OpenID
     * Connect Core §12.2 says) and must name the same subject as {@code subject}.
     */
    public TokenSet refresh(Secret refreshToken, String subject) {
        requireNonNull(refreshToken, "refreshToken == null");
        requireNonNull(subject, "subject == null");
        TokenSet tokens = tokenEndpoint.request(Map.of("grant_type", "refresh_token",
                "refresh_token", refreshToken.revealUtf8()));
        tokens.idToken().map(token -> validator.validate(token, IdTokenExpectations.none()))
                .filter(verified -> !verified.subject().equals(subject))
                .ifPresent(verified -> {
                    throw new RejectedException(OidcError.SUBJECT_MISMATCH, "the refreshed ID token names another subject");
                });
        return tokens;
    }

    /**
     * The userinfo claims for {@code accessToken}, whose {@code sub} must be {@code subject}.
     *
     * @throws RejectedException {@link OidcError#BAD_CONFIGURATION} when the provider has no userinfo endpoint
     */
    public Map<String, Object> userinfo(Secret accessToken, String subject) {
        HttpUrl endpoint = provider.userinfoEndpoint().orElseThrow(() ->
                new RejectedException(OidcError.BAD_CONFIGURATION, "the provider has no userinfo endpoint"));
        TransportRequest request = TransportRequest.get(endpoint)
                .withHeader("Authorization", "Bearer " + accessToken.revealUtf8())
                .withHeader("Accept", "application/json");
        JsonNode answer = Responses.json(transport, request, MAX_USERINFO_BYTES, "userinfo response");
        if (!answer.path("sub").isTextual() || !answer.get("sub").asText().equals(subject)) {
            throw new RejectedException(OidcError.SUBJECT_MISMATCH, "the userinfo subject is not the ID token's");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> claims = transport.objectMapper().convertValue(answer, Map.class);
        return claims;
    }

    /**
     * The RP-initiated logout URL (OpenID Connect RP-Initiated Logout 1.0) with
     * {@code id_token_hint}, {@code client_id}, {@code ui_locales=vi} and, when given, the
     * post-logout redirect URI and state.
     *
     * @throws RejectedException {@link OidcError#BAD_CONFIGURATION} when the provider has no end-session endpoint
     */
    public HttpUrl logoutUrl(String idTokenHint, Optional<String> postLogoutRedirectUri, Optional<String> state) {
        requireNonNull(idTokenHint, "idTokenHint == null");
        HttpUrl.Builder url = provider.endSessionEndpoint().orElseThrow(() ->
                new RejectedException(OidcError.BAD_CONFIGURATION, "the provider has no end_session_endpoint"))
                .newBuilder()
                .addQueryParameter("id_token_hint", idTokenHint)
                .addQueryParameter("client_id", clientId)
                .addQueryParameter("ui_locales", "vi");
        postLogoutRedirectUri.ifPresent(uri -> url.addQueryParameter("post_logout_redirect_uri", uri));
        state.ifPresent(value -> url.addQueryParameter("state", value));
        return url.build();
    }

    /** The validator this client checks ID tokens with. */
    public IdTokenValidator validator() {
        return validator;
    }

    private String checkCallback(PendingLogin pending, Map<String, String> callback) {
        Instant now = clock.instant();
        if (now.isAfter(pending.createdAt().plus(maxLoginAge))) {
            throw new RejectedException(OidcError.EXPIRED_LOGIN, "the login began more than " + maxLoginAge + " ago");
        }
        String state = callback.get("state");
        if (state == null || !pending.matchesState(state)) {
            throw new RejectedException(OidcError.STATE_MISMATCH, "the callback's state is not the pending login's");
        }
        String error = callback.get("error");
        if (error != null) {
            throw RejectedException.byRemote(OidcError.BAD_CALLBACK, "the provider refused the login",
                    new RemoteDetails(0, Optional.of(error.length() > 64 ? error.substring(0, 64) : error),
                            Optional.empty()));
        }
        String code = callback.get("code");
        if (code == null || code.isEmpty()) {
            throw new RejectedException(OidcError.BAD_CALLBACK, "the callback carries no code");
        }
        return code;
    }

    @Override
    public String toString() {
        return "OidcClient[iss=" + provider.issuer() + ", client=" + clientId + "]";
    }

    /** Builds an {@link OidcClient}. Not thread-safe. */
    public static final class Builder {
        private ProviderMetadata provider;
        private String clientId;
        private ClientAuthentication authentication;
        private HttpUrl redirectUri;
        private Transport transport;
        private ProviderKeys keys;
        private String scope = "openid profile";
        private Clock clock = Clock.systemUTC();
        private Duration maxLoginAge = Duration.ofMinutes(10);
        private ClaimMapping claimMapping = ClaimMapping.vneid();
        private boolean fetchUserinfo = true;
        private final IdTokenValidator.Builder validator = IdTokenValidator.builder();

        private Builder() {
        }

        /** The provider, discovered or set by hand. */
        public Builder provider(ProviderMetadata provider) {
            this.provider = requireNonNull(provider, "provider == null");
            return this;
        }

        /** The client id registered with the provider. */
        public Builder clientId(String clientId) {
            this.clientId = requireNonNull(clientId, "clientId == null");
            return this;
        }

        /** How the client authenticates at the token endpoint. */
        public Builder authentication(ClientAuthentication authentication) {
            this.authentication = requireNonNull(authentication, "authentication == null");
            return this;
        }

        /** The registered redirect URI the provider sends the browser back to. */
        public Builder redirectUri(String redirectUri) {
            this.redirectUri = TransportRequest.parseUrl(redirectUri);
            return this;
        }

        /** The transport for the token, userinfo and (unless {@link #keys} is set) JWKS calls. */
        public Builder transport(Transport transport) {
            this.transport = requireNonNull(transport, "transport == null");
            return this;
        }

        /** The provider's keys (default: a {@link ProviderKeys} over the transport with its defaults). */
        public Builder keys(ProviderKeys keys) {
            this.keys = requireNonNull(keys, "keys == null");
            return this;
        }

        /** The space-separated scopes; {@code openid} is required (default {@code openid profile}). */
        public Builder scope(String scope) {
            requireNonNull(scope, "scope == null");
            if (!List.of(scope.split(" ")).contains("openid")) {
                throw new RejectedException(OidcError.BAD_CONFIGURATION, "the scope must include openid");
            }
            this.scope = scope;
            return this;
        }

        /** The clock for pending-login age and token times. */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock == null");
            return this;
        }

        /** The longest time from {@code beginLogin} to the callback (default 10 min). */
        public Builder maxLoginAge(Duration maxLoginAge) {
            requireNonNull(maxLoginAge, "maxLoginAge == null");
            if (maxLoginAge.isNegative() || maxLoginAge.isZero() || maxLoginAge.compareTo(Duration.ofHours(1)) > 0) {
                throw new RejectedException(CoreError.BAD_ARGUMENT, "maxLoginAge must be between 0 and 1 hour");
            }
            this.maxLoginAge = maxLoginAge;
            return this;
        }

        /** Which claims carry the citizen's data (default {@link ClaimMapping#vneid()}). */
        public Builder claimMapping(ClaimMapping claimMapping) {
            this.claimMapping = requireNonNull(claimMapping, "claimMapping == null");
            return this;
        }

        /** Whether to call userinfo after the exchange when the provider has it (default true). */
        public Builder fetchUserinfo(boolean fetchUserinfo) {
            this.fetchUserinfo = fetchUserinfo;
            return this;
        }

        /** See {@link IdTokenValidator.Builder#clockSkew(Duration)}. */
        public Builder clockSkew(Duration clockSkew) {
            validator.clockSkew(clockSkew);
            return this;
        }

        /** See {@link IdTokenValidator.Builder#algorithms(Set)}. */
        public Builder algorithms(Set<JWSAlgorithm> algorithms) {
            validator.algorithms(algorithms);
            return this;
        }

        /** See {@link IdTokenValidator.Builder#acrLevels(List)}. */
        public Builder acrLevels(List<String> acrLevels) {
            validator.acrLevels(acrLevels);
            return this;
        }

        /** The client. */
        public OidcClient build() {
            return new OidcClient(this);
        }
    }
}
