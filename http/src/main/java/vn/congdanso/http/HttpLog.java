package vn.congdanso.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import okhttp3.HttpUrl;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.congdanso.core.privacy.Redactor;

/** DEBUG lines for each exchange, with every URL and body passed through the {@link Redactor}. */
final class HttpLog {

    private static final Logger LOG = LoggerFactory.getLogger("vn.congdanso.http");
    private static final int MAX_BODY_CHARS = 2048;

    void request(TransportRequest request) {
        if (LOG.isDebugEnabled()) {
            String body = request.body().map(b -> text(b.bytes())).orElse("");
            LOG.debug("--> {} {}{}", request.method(), safeUrl(request.url(), true), suffix(body));
        }
    }

    void response(TransportRequest request, TransportResponse response, long millis) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("<-- {} {} {} ({} ms){}", response.status(), request.method(),
                    safeUrl(request.url(), true), millis, suffix(text(response.body())));
        }
    }

    void failure(TransportRequest request, IOException e) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("<-- failed {} {}: {}", request.method(), safeUrl(request.url(), true),
                    e.getClass().getSimpleName());
        }
    }

    /**
     * {@code url} as logs and messages show it: scheme, host and port always, the path with
     * numbers and sensitive fields masked, and (when asked) the query with the same masking.
     */
    static String safeUrl(HttpUrl url, boolean withQuery) {
        String query = withQuery && url.encodedQuery() != null ? "?" + url.encodedQuery() : "";
        return origin(url) + Redactor.redactFields(url.encodedPath() + query);
    }

    /** {@code scheme://host:port}, the port always written out, an IPv6 host in brackets. */
    static String origin(HttpUrl url) {
        String host = url.host().indexOf(':') >= 0 ? "[" + url.host() + "]" : url.host();
        return url.scheme() + "://" + host + ":" + url.port();
    }

    private static String suffix(String body) {
        return body.isEmpty() ? "" : "\n" + Redactor.redactFields(body);
    }

    private static String text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.length() > MAX_BODY_CHARS ? text.substring(0, MAX_BODY_CHARS) + "…" : text;
    }
}
