package vn.congdanso.onestop.signin.devprovider;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.congdanso.core.crypto.ConstantTime;

/**
 * The development provider's machine endpoints: discovery, token, JWKS and userinfo. Errors are
 * the OAuth 2.0 JSON errors of RFC 6749 §5.2 ({@code invalid_client} 401, {@code invalid_grant}
 * 400, ...), so the SDK's client reports them as a remote rejection.
 */
@RestController
@RequestMapping(path = DevProvider.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@ConditionalOnBooleanProperty("onestop.signin.dev-provider")
class DevProviderApi {

    private static final Logger LOG = LoggerFactory.getLogger(DevProviderApi.class);
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

    private final DevProvider provider;
    private final DevCodes codes;
    private final DevTokens tokens;

    DevProviderApi(DevProvider provider, DevCodes codes, DevTokens tokens) {
        this.provider = provider;
        this.codes = codes;
        this.tokens = tokens;
    }

    @GetMapping("/.well-known/openid-configuration")
    Map<String, Object> discovery() {
        String issuer = provider.issuer();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("authorization_endpoint", issuer + "/authorize");
        document.put("token_endpoint", issuer + "/token");
        document.put("jwks_uri", issuer + "/jwks");
        document.put("userinfo_endpoint", issuer + "/userinfo");
        document.put("response_types_supported", List.of("code"));
        document.put("grant_types_supported", List.of("authorization_code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("ES256"));
        document.put("scopes_supported", List.of("openid", "profile"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        document.put("acr_values_supported", List.of("LoA1", "LoA2"));
        document.put("claims_supported", List.of("sub", "acr", "auth_time", "nonce", "HoVaTen", "name", "SoDinhDanh",
                "NgayThangNamSinh"));
        return document;
    }

    @GetMapping("/jwks")
    Map<String, Object> jwks() {
        return tokens.publicKeys();
    }

    @PostMapping(path = "/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Map<String, Object>> token(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam MultiValueMap<String, String> form) {
        if (form.values().stream().anyMatch(values -> values.size() != 1)) {
            return error(HttpStatus.BAD_REQUEST, "invalid_request");
        }
        Map<String, String> parameters = form.toSingleValueMap();
        if (!authenticated(authorization, parameters)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"dev-oidc\"")
                    .cacheControl(CacheControl.noStore()).body(Map.of("error", "invalid_client"));
        }
        if (!"authorization_code".equals(parameters.get("grant_type"))) {
            return error(HttpStatus.BAD_REQUEST, "unsupported_grant_type");
        }
        Optional<IssuedCode> code = Optional.ofNullable(parameters.get("code")).filter(value -> !value.isEmpty())
                .flatMap(codes::redeem);
        if (code.isEmpty()) {
            LOG.info("dev-oidc token request refused: unknown, expired or already redeemed code");
            return error(HttpStatus.BAD_REQUEST, "invalid_grant");
        }
        IssuedCode issued = code.get();
        if (!issued.clientId().equals(provider.credentials().clientId())
                || !issued.redirectUri().equals(parameters.get("redirect_uri"))
                || !pkceHolds(parameters.get("code_verifier"), issued.codeChallenge())) {
            LOG.info("dev-oidc token request refused: redirect URI or PKCE verifier does not match the code");
            return error(HttpStatus.BAD_REQUEST, "invalid_grant");
        }
        String issuer = provider.issuer();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", tokens.accessToken(issuer, issued));
        answer.put("token_type", "Bearer");
        answer.put("expires_in", DevTokens.LIFETIME.toSeconds());
        answer.put("id_token", tokens.idToken(issuer, issued));
        answer.put("scope", "openid profile");
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
    }

    @RequestMapping(path = "/userinfo", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<Map<String, Object>> userinfo(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        Optional<Map<String, Object>> claims = Optional.ofNullable(authorization)
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .flatMap(value -> tokens.userinfo(provider.issuer(), value.substring(7).strip()));
        return claims.map(found -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(found))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                        .body(Map.of("error", "invalid_token")));
    }

    /** {@code client_secret_basic} (RFC 6749 §2.3.1: form-encoded id and secret) or {@code client_secret_post}. */
    private boolean authenticated(String authorization, Map<String, String> parameters) {
        String id;
        String secret;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String pair;
            try {
                pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return false;
            }
            int colon = pair.indexOf(':');
            if (colon < 0) {
                return false;
            }
            id = URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8);
            secret = URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8);
        } else {
            id = parameters.get("client_id");
            secret = parameters.get("client_secret");
        }
        DevCredentials credentials = provider.credentials();
        return id != null && secret != null && equal(id, credentials.clientId())
                & equal(secret, credentials.clientSecret().revealUtf8());
    }

    /** RFC 7636 §4.6: BASE64URL(SHA-256(ASCII(code_verifier))) equals the code challenge. */
    private static boolean pkceHolds(String verifier, String challenge) {
        if (verifier == null || !VERIFIER.matcher(verifier).matches()) {
            return false;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return equal(Base64.getUrlEncoder().withoutPadding().encodeToString(digest), challenge);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean equal(String a, String b) {
        return ConstantTime.equals(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String error) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(Map.of("error", error));
    }
}
