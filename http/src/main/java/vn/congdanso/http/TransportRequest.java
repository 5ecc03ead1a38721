package vn.congdanso.http;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import okhttp3.HttpUrl;
import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/**
 * One HTTP call for a {@link Transport}. Immutable: the {@code with…} methods return copies.
 *
 * @param method         the HTTP method, upper case
 * @param url            the absolute URL
 * @param headers        extra request headers
 * @param body           the request body, for POST and PUT
 * @param idempotencyKey a key that makes a non-idempotent request safe to retry; sent as the
 *                       {@code Idempotency-Key} header
 */
public record TransportRequest(String method, HttpUrl url, Map<String, String> headers, Optional<Body> body,
        Optional<String> idempotencyKey) {

    /** Media type of JSON bodies. */
    public static final String JSON = "application/json; charset=utf-8";

    /**
     * A request body.
     *
     * @param contentType its media type
     * @param bytes       its content (not copied: do not modify it after building the request)
     */
    public record Body(String contentType, byte[] bytes) {
        /** Validates the components. */
        public Body {
            requireNonNull(contentType, "contentType == null");
            requireNonNull(bytes, "bytes == null");
        }

        /** The media type and size only: a body may hold personal data or secrets. */
        @Override
        public String toString() {
            return "Body[" + contentType + ", " + bytes.length + " bytes]";
        }
    }

    /** Validates the components and freezes the headers. */
    public TransportRequest {
        requireNonNull(method, "method == null");
        requireNonNull(url, "url == null");
        requireNonNull(headers, "headers == null");
        requireNonNull(body, "body == null");
        requireNonNull(idempotencyKey, "idempotencyKey == null");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** A GET of {@code url}. */
    public static TransportRequest get(HttpUrl url) {
        return new TransportRequest("GET", url, Map.of(), Optional.empty(), Optional.empty());
    }

    /** A GET of {@code url}; rejects a malformed URL. */
    public static TransportRequest get(String url) {
        return get(parseUrl(url));
    }

    /** A POST of {@code bytes} with the given media type. */
    public static TransportRequest post(HttpUrl url, String contentType, byte[] bytes) {
        return new TransportRequest("POST", url, Map.of(), Optional.of(new Body(contentType, bytes)), Optional.empty());
    }

    /** A POST of a JSON document. */
    public static TransportRequest postJson(HttpUrl url, String json) {
        requireNonNull(json, "json == null");
        return post(url, JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy with one more header. */
    public TransportRequest withHeader(String name, String value) {
        requireNonNull(name, "name == null");
        requireNonNull(value, "value == null");
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new TransportRequest(method, url, copy, body, idempotencyKey);
    }

    /** A copy that carries an idempotency key and so may be retried even if it is a POST. */
    public TransportRequest withIdempotencyKey(String key) {
        requireNonNull(key, "key == null");
        return new TransportRequest(method, url, headers, body, Optional.of(key));
    }

    /** Whether repeating this request cannot have a second effect. */
    public boolean isIdempotent() {
        return method.equals("GET") || method.equals("HEAD") || idempotencyKey.isPresent();
    }

    /**
     * The method, the URL as {@link Transport} messages show it (path and query masked), the
     * header names without their values (API keys, signatures) and the body's size.
     */
    @Override
    public String toString() {
        return "TransportRequest[" + method + " " + HttpLog.safeUrl(url, true) + ", headers=" + headers.keySet()
                + ", body=" + body.map(Body::toString).orElse("none")
                + ", idempotencyKey=" + (idempotencyKey.isPresent() ? "present" : "none") + "]";
    }

    /** Parses an absolute http(s) URL; rejects anything else with {@link CoreError#BAD_ARGUMENT}. */
    public static HttpUrl parseUrl(String url) {
        requireNonNull(url, "url == null");
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "not an absolute http or https URL");
        }
        return parsed;
    }
}
