package vn.congdanso.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

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
            LOG.debug("--> {} {}{}", request.method(), Redactor.redactFields(request.url().toString()), suffix(body));
        }
    }

    void response(TransportRequest request, TransportResponse response, long millis) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("<-- {} {} {} ({} ms){}", response.status(), request.method(),
                    Redactor.redactFields(request.url().toString()), millis, suffix(text(response.body())));
        }
    }

    void failure(TransportRequest request, IOException e) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("<-- failed {} {}: {}", request.method(), Redactor.redactFields(request.url().toString()),
                    e.getClass().getSimpleName());
        }
    }

    private static String suffix(String body) {
        return body.isEmpty() ? "" : "\n" + Redactor.redactFields(body);
    }

    private static String text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.length() > MAX_BODY_CHARS ? text.substring(0, MAX_BODY_CHARS) + "…" : text;
    }
}
