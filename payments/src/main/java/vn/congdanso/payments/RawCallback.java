package vn.congdanso.payments;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * A gateway callback exactly as it arrived over HTTP, before anything is trusted: what a web
 * framework hands the app, and what {@link CallbackVerifier#verify(RawCallback)} and the
 * exactly-once pipeline take. Immutable; {@link #body()} returns a copy.
 *
 * <p>{@link #toString()} names the method and the sizes only: a raw callback carries account
 * names and numbers.
 */
public final class RawCallback {

    private final String method;
    private final String query;
    private final byte[] body;
    private final Map<String, String> headers;

    private RawCallback(String method, String query, byte[] body, Map<String, String> headers) {
        this.method = requireNonNull(method, "method == null").toUpperCase(Locale.ROOT);
        this.query = requireNonNull(query, "query == null");
        this.body = requireNonNull(body, "body == null").clone();
        TreeMap<String, String> lower = new TreeMap<>();
        requireNonNull(headers, "headers == null").forEach((name, value) -> lower.put(
                requireNonNull(name, "header name == null").toLowerCase(Locale.ROOT),
                requireNonNull(value, "header value == null")));
        this.headers = Collections.unmodifiableMap(lower);
    }

    /**
     * A redirect or IPN delivered as a GET: {@code rawQuery} is the query string as received,
     * percent-encoded, without the leading {@code ?} (for example
     * {@code HttpServletRequest.getQueryString()}).
     */
    public static RawCallback get(String rawQuery) {
        return new RawCallback("GET", rawQuery, new byte[0], Map.of());
    }

    /** A callback delivered as a POST with {@code body} and the request's headers. */
    public static RawCallback post(byte[] body, Map<String, String> headers) {
        return new RawCallback("POST", "", body, headers);
    }

    /** A POST whose body is {@code json}, with a JSON content type. */
    public static RawCallback postJson(String json) {
        requireNonNull(json, "json == null");
        return post(json.getBytes(StandardCharsets.UTF_8), Map.of("content-type", "application/json"));
    }

    /** Any request: method, raw query (may be empty), body (may be empty) and headers. */
    public static RawCallback of(String method, String rawQuery, byte[] body, Map<String, String> headers) {
        return new RawCallback(method, rawQuery, body, headers);
    }

    /** The HTTP method, upper case. */
    public String method() {
        return method;
    }

    /** The raw query string without {@code ?}; empty when there was none. */
    public String query() {
        return query;
    }

    /** A copy of the request body; empty for a GET. */
    public byte[] body() {
        return body.clone();
    }

    /** The body decoded as UTF-8. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The headers, names in lower case. */
    public Map<String, String> headers() {
        return headers;
    }

    /** One header by case-insensitive name. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(requireNonNull(name, "name == null").toLowerCase(Locale.ROOT)));
    }

    /** The method and the sizes; never the content. */
    @Override
    public String toString() {
        return "RawCallback[" + method + ", query " + query.length() + " chars, body " + body.length + " bytes]";
    }
}
