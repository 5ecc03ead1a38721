package vn.congdanso.onestop.desk;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The desk's own addresses, never taken from a request's {@code Host} header (which a client
 * chooses):
 * <ul>
 * <li>{@link #loopbackUrl()}: where the desk reaches itself server to server (the sandbox
 * gateway's callbacks and queries, the development provider's discovery): the bound address, or
 * 127.0.0.1 when the server listens on every interface, and the real port;</li>
 * <li>{@link #publicUrl()}: what the desk puts in links that leave it (payment return and IPN
 * URLs, QR-login links): {@code PUBLIC_BASE_URL} ({@code onestop.public-base-url}) when set —
 * the address a reverse proxy serves the desk at — else the loopback URL.</li>
 * </ul>
 * Both are known once the web server listens (its port may be chosen at random).
 */
@Component
public class DeskAddress implements ApplicationListener<WebServerInitializedEvent> {

    /** The property of the public address; the environment variable {@code PUBLIC_BASE_URL} sets it. */
    public static final String PUBLIC_BASE_URL = "onestop.public-base-url";

    private final String host;
    private final Optional<String> configuredPublicUrl;
    private volatile int port;

    DeskAddress(@Value("${server.address:}") String address,
            @Value("${" + PUBLIC_BASE_URL + ":${PUBLIC_BASE_URL:}}") String publicBaseUrl) {
        String bound = address.isBlank() || "0.0.0.0".equals(address) || "::".equals(address) ? "127.0.0.1" : address;
        this.host = bound.contains(":") ? "[" + bound + "]" : bound;
        this.configuredPublicUrl = Optional.of(publicBaseUrl.strip()).filter(url -> !url.isEmpty())
                .map(DeskAddress::checkedBaseUrl);
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    /**
     * {@code http://host:port} of the running desk, for calls it makes to itself.
     *
     * @throws IllegalStateException before the web server has started
     */
    public String loopbackUrl() {
        int known = port;
        if (known <= 0) {
            throw new IllegalStateException("the web server has not started yet");
        }
        return "http://" + host + ":" + known;
    }

    /**
     * The base of links that leave the desk, without a trailing slash.
     *
     * @throws IllegalStateException when none is configured and the web server has not started yet
     */
    public String publicUrl() {
        return configuredPublicUrl.orElseGet(this::loopbackUrl);
    }

    /** Whether the web server listens already (before that, only a configured public URL is known). */
    public boolean started() {
        return port > 0;
    }

    private static String checkedBaseUrl(String text) {
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw invalid(text, "not a URL");
        }
        String scheme = Optional.ofNullable(uri.getScheme()).map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw invalid(text, "an absolute http(s) URL without user, query or fragment is required");
        }
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static InvalidConfigurationPropertyValueException invalid(String value, String reason) {
        return new InvalidConfigurationPropertyValueException(PUBLIC_BASE_URL, value, reason);
    }
}
