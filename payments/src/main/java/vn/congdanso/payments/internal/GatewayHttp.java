package vn.congdanso.payments.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import okhttp3.HttpUrl;
import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.RemoteDetails;
import vn.congdanso.core.UnavailableException;
import vn.congdanso.http.Transport;
import vn.congdanso.http.TransportRequest;
import vn.congdanso.http.TransportResponse;
import vn.congdanso.payments.GatewayError;

import static java.util.Objects.requireNonNull;

/**
 * One exchange with a gateway whose answers carry their own result code, even on HTTP 4xx: the
 * JSON object is returned for the caller to interpret; anything else becomes the SDK's transport
 * errors. Thread-safe.
 */
public final class GatewayHttp {

    private GatewayHttp() {
    }

    /** {@code path} (already encoded) on the scheme, host and port of {@code base}. */
    public static HttpUrl url(URI base, String path) {
        return HttpUrl.get(requireNonNull(base, "base == null").toString()).newBuilder().encodedPath(path).build();
    }

    /** {@code uri} as OkHttp's URL type. */
    public static HttpUrl url(URI uri) {
        return HttpUrl.get(requireNonNull(uri, "uri == null").toString());
    }

    /** An {@link UnavailableException} {@link CoreError#BAD_RESPONSE}: the gateway's answer was malformed. */
    public static UnavailableException malformed(String message, Throwable cause) {
        return new UnavailableException(CoreError.BAD_RESPONSE, message, RemoteDetails.ofStatus(200), cause);
    }

    /** A transport with the given timeouts and the SDK's default retry policy (applied only to idempotent calls). */
    public static Transport transport(Duration connectTimeout, Duration timeout, Clock clock) {
        return Transport.builder().connectTimeout(connectTimeout).readTimeout(timeout).callTimeout(timeout)
                .clock(clock).build();
    }

    /**
     * Sends {@code request} and returns the answer's JSON object when it is 2xx, or 4xx carrying
     * {@code codeField}.
     *
     * @throws UnavailableException {@link CoreError#BAD_RESPONSE} for a 2xx body that is not a
     *                              JSON object, {@link CoreError#REMOTE_UNAVAILABLE} for 5xx, 408 and
     *                              429, and the transport's failures
     * @throws RejectedException    {@link CoreError#REMOTE_REJECTED} for another 4xx
     */
    public static ObjectNode exchange(Transport transport, TransportRequest request, String codeField, String what) {
        TransportResponse response = transport.send(request);
        Optional<ObjectNode> body = parse(transport, response.body());
        int status = response.status();
        if (response.isSuccessful()) {
            return body.orElseThrow(() -> new UnavailableException(CoreError.BAD_RESPONSE,
                    what + " answered a body that is not a JSON object", RemoteDetails.ofStatus(status), null));
        }
        boolean clientError = status >= 400 && status < 500 && status != 408 && status != 429;
        if (clientError && body.isPresent() && body.get().hasNonNull(codeField)) {
            return body.get();
        }
        String message = what + " answered HTTP " + status;
        if (clientError) {
            throw RejectedException.byRemote(CoreError.REMOTE_REJECTED, message, RemoteDetails.ofStatus(status));
        }
        throw new UnavailableException(CoreError.REMOTE_UNAVAILABLE, message, RemoteDetails.ofStatus(status), null);
    }

    /** A gateway error for a result code: retryable ({@link GatewayError#GATEWAY_UNAVAILABLE}) or not. */
    public static RuntimeException gatewayError(String what, String code, boolean retryLater) {
        RemoteDetails details = new RemoteDetails(200, Optional.of(code), Optional.empty());
        String message = what + " answered result code " + code;
        return retryLater
                ? new UnavailableException(GatewayError.GATEWAY_UNAVAILABLE, message, details, null)
                : RejectedException.byRemote(GatewayError.GATEWAY_REJECTED, message, details);
    }

    private static Optional<ObjectNode> parse(Transport transport, byte[] body) {
        try {
            JsonNode node = transport.objectMapper().readTree(body);
            return node != null && node.isObject() ? Optional.of((ObjectNode) node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
