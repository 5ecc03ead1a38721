package vn.congdanso.onestop.fees.sandbox;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.congdanso.http.Transport;

/** JSON in and out of the sandbox's gateway APIs, with the SDK transport's (Jackson 2) mapper. */
final class SandboxJson {

    private SandboxJson() {
    }

    /** The JSON object of {@code body}; empty when it is not one. */
    static Optional<ObjectNode> object(Transport transport, String body) {
        try {
            JsonNode node = transport.objectMapper().readTree(body);
            return node != null && node.isObject() ? Optional.of((ObjectNode) node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The text of a member (numbers as written), or empty text. */
    static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? "" : value.asText();
    }

    /** HTTP 200 with {@code fields} as a JSON object. */
    static ResponseEntity<String> answer(Transport transport, Map<String, ?> fields) {
        ObjectNode json = transport.objectMapper().valueToTree(fields);
        try {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(transport.objectMapper().writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers always serialises", e);
        }
    }

    /**
     * The page the payer's browser opens for {@code path}: on the origin of the merchant's
     * return URL (the desk as the browser reaches it), or relative when there is none.
     */
    static String payerUrl(String returnUrl, String path) {
        try {
            URI uri = URI.create(returnUrl);
            return uri.getScheme() == null || uri.getRawAuthority() == null ? path
                    : uri.getScheme() + "://" + uri.getRawAuthority() + path;
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
