package vn.congdanso.http;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import okhttp3.Headers;

import static java.util.Objects.requireNonNull;

/**
 * A complete HTTP response: the body has been read and the connection released.
 *
 * @param status  the HTTP status
 * @param headers the response headers
 * @param body    the body bytes (empty when there was none)
 */
public record TransportResponse(int status, Headers headers, byte[] body) {

    /** Validates the components. */
    public TransportResponse {
        requireNonNull(headers, "headers == null");
        requireNonNull(body, "body == null");
    }

    /** Whether the status is 2xx. */
    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    /** The first value of the named header. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** The status, the header names without their values (cookies, tokens) and the body's size. */
    @Override
    public String toString() {
        return "TransportResponse[" + status + ", headers=" + headers.names() + ", body=" + body.length + " bytes]";
    }

    /** The body decoded as UTF-8. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
