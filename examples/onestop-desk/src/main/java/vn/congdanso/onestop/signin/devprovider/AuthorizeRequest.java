package vn.congdanso.onestop.signin.devprovider;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.congdanso.core.crypto.ConstantTime;

/**
 * An authorization request to the development provider, read from the query (or, on the sign-in
 * form's post, from its hidden fields: so it is checked again there).
 *
 * @param parameters the OAuth parameters as received (only the known ones)
 */
record AuthorizeRequest(Map<String, String> parameters) {

    /** The parameters the provider reads. */
    static final List<String> NAMES = List.of("response_type", "client_id", "redirect_uri", "scope", "state", "nonce",
            "code_challenge", "code_challenge_method", "acr_values", "ui_locales", "prompt", "max_age");
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** What was wrong with a request, and whether the client may be told through its redirect URI. */
    record Problem(String error, boolean redirectable) {
    }

    /** The known parameters of {@code received}. */
    static AuthorizeRequest of(Map<String, String> received) {
        Map<String, String> known = new LinkedHashMap<>();
        NAMES.forEach(name -> Optional.ofNullable(received.get(name)).filter(value -> value.length() <= 2048)
                .ifPresent(value -> known.put(name, value)));
        return new AuthorizeRequest(known);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(parameters.get(name)).filter(value -> !value.isEmpty());
    }

    /**
     * The first problem of the request, if any. An unknown client or a redirect URI other than the
     * registered one is shown on the provider's page, never redirected to (RFC 6749 §4.1.2.1).
     */
    Optional<Problem> check(String clientId, String redirectUri) {
        if (!get("client_id").map(id -> same(id, clientId)).orElse(false)) {
            return Optional.of(new Problem("unauthorized_client", false));
        }
        if (!get("redirect_uri").map(uri -> same(uri, redirectUri)).orElse(false)) {
            return Optional.of(new Problem("invalid_redirect_uri", false));
        }
        if (!get("response_type").orElse("").equals("code")) {
            return Optional.of(new Problem("unsupported_response_type", true));
        }
        if (!Arrays.asList(get("scope").orElse("").split(" ")).contains("openid")) {
            return Optional.of(new Problem("invalid_scope", true));
        }
        if (!get("code_challenge_method").orElse("").equals("S256")
                || !CHALLENGE.matcher(get("code_challenge").orElse("")).matches()) {
            return Optional.of(new Problem("invalid_request", true));
        }
        return Optional.empty();
    }

    /** The level asked for with {@code acr_values} (the first one), by default {@code LoA2}. */
    String requestedAcr() {
        return get("acr_values").map(values -> values.split(" ")[0]).orElse("LoA2");
    }

    private static boolean same(String a, String b) {
        return ConstantTime.equals(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8));
    }

    /** Leaves out state, nonce and challenge. */
    @Override
    public String toString() {
        return "AuthorizeRequest[client=" + parameters.get("client_id") + "]";
    }
}
