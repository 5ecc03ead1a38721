package vn.congdanso.identity.oidc.internal;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.RemoteDetails;
import vn.congdanso.core.UnavailableException;
import vn.congdanso.http.Transport;
import vn.congdanso.http.TransportRequest;
import vn.congdanso.http.TransportResponse;
import vn.congdanso.identity.oidc.OidcError;

/** Sends a request to the provider and reads its JSON object answer, bounded in size and depth. */
public final class Responses {

    /** Rejects duplicate member names, deep nesting and huge numbers. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(32).maxNumberLength(64).maxStringLength(1 << 20).build());
    }

    private Responses() {
    }

    /**
     * The 2xx JSON object answered to {@code request}.
     *
     * @throws RejectedException    {@link CoreError#REMOTE_REJECTED} for a 4xx answer (the OAuth
     *                              {@code error} as remote code); {@link OidcError#BAD_PROVIDER_RESPONSE}
     *                              for a body over {@code maxBytes} or not a JSON object
     * @throws UnavailableException {@link CoreError#REMOTE_UNAVAILABLE} for 408, 429 and 5xx, and as the transport
     */
    public static JsonNode json(Transport transport, TransportRequest request, int maxBytes, String what) {
        TransportResponse response = transport.send(request);
        if (!response.isSuccessful()) {
            throw statusFailure(response, what);
        }
        return object(response.body(), maxBytes, what);
    }

    /** Parses {@code body} as one JSON object of at most {@code maxBytes}. */
    public static JsonNode object(byte[] body, int maxBytes, String what) {
        if (body.length > maxBytes) {
            throw new RejectedException(OidcError.BAD_PROVIDER_RESPONSE,
                    "the " + what + " exceeds " + maxBytes + " bytes");
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw new RejectedException(OidcError.BAD_PROVIDER_RESPONSE, "the " + what + " is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new RejectedException(OidcError.BAD_PROVIDER_RESPONSE,
                    "the " + what + " is not well-formed JSON without duplicate members", e);
        }
    }

    private static RuntimeException statusFailure(TransportResponse response, String what) {
        int status = response.status();
        RemoteDetails details = new RemoteDetails(status, oauthError(response), Optional.empty());
        String message = "the provider answered HTTP " + status + " for the " + what;
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            return RejectedException.byRemote(CoreError.REMOTE_REJECTED, message, details);
        }
        return new UnavailableException(CoreError.REMOTE_UNAVAILABLE, message, details, null);
    }

    private static Optional<String> oauthError(TransportResponse response) {
        try {
            JsonNode node = MAPPER.readTree(response.body());
            JsonNode error = node == null ? null : node.get("error");
            return error != null && error.isTextual() && error.asText().length() <= 64
                    && error.asText().chars().allMatch(c -> c >= 0x20 && c < 0x7f)
                    ? Optional.of(error.asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
