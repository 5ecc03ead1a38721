package vn.congdanso.payments.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import vn.congdanso.core.RejectedException;
import vn.congdanso.payments.GatewayError;

import static java.util.Objects.requireNonNull;

/**
 * Checks for the gateway configurations, with no HTTP client on the path: configurations are
 * built by offline users too (signing, callback verification).
 */
public final class ConfigChecks {

    private ConfigChecks() {
    }

    /** {@code timeout} itself; rejects a zero or negative one with {@code BAD_REQUEST}. */
    public static Duration positive(Duration timeout) {
        requireNonNull(timeout, "timeout == null");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new RejectedException(GatewayError.BAD_REQUEST, "timeouts must be positive");
        }
        return timeout;
    }

    /**
     * {@code url} as an absolute http or https URI with a host.
     *
     * @throws RejectedException {@link GatewayError#BAD_REQUEST} for anything else
     */
    public static URI httpUri(String url) {
        requireNonNull(url, "url == null");
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new RejectedException(GatewayError.BAD_REQUEST, "not a URL", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new RejectedException(GatewayError.BAD_REQUEST, "an absolute http or https URL without user info is required");
        }
        return uri;
    }
}
