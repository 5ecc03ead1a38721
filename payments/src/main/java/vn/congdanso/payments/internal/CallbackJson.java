package vn.congdanso.payments.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.congdanso.core.RejectedException;
import vn.congdanso.payments.GatewayError;

/**
 * Strict reading of untrusted gateway callback JSON: bounded size and depth, duplicate keys
 * rejected (a duplicate could make the signed value and the used value differ), only SDK
 * exceptions. Values are rendered back to text exactly as gateways sign them. Thread-safe.
 */
public final class CallbackJson {

    /** The largest callback body accepted, in characters. */
    public static final int MAX_CHARS = 65_536;

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    static {
        STRICT.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(16).maxStringLength(MAX_CHARS).maxNumberLength(40).build());
    }

    private CallbackJson() {
    }

    /**
     * {@code body} as a JSON object.
     *
     * @throws RejectedException {@link GatewayError#BAD_CALLBACK} (with the offset) for text
     *                           that is not one JSON object, {@link GatewayError#DUPLICATE_PARAMETER}
     *                           for a repeated key
     */
    public static ObjectNode parseObject(String body, String what) {
        if (body.length() > MAX_CHARS) {
            throw RejectedException.atOffset(GatewayError.BAD_CALLBACK,
                    what + " is longer than " + MAX_CHARS + " characters", MAX_CHARS);
        }
        JsonNode node;
        try {
            node = STRICT.readTree(body);
        } catch (JsonProcessingException e) {
            int offset = e.getLocation() == null ? 0 : (int) Math.max(0, e.getLocation().getCharOffset());
            boolean duplicate = e instanceof JsonParseException && String.valueOf(e.getOriginalMessage())
                    .startsWith("Duplicate field");
            throw RejectedException.atOffset(duplicate ? GatewayError.DUPLICATE_PARAMETER : GatewayError.BAD_CALLBACK,
                    what + (duplicate ? " repeats a field" : " is not valid JSON"), offset);
        }
        if (node == null || !node.isObject()) {
            throw RejectedException.atOffset(GatewayError.BAD_CALLBACK, what + " is not a JSON object", 0);
        }
        return (ObjectNode) node;
    }

    /**
     * The text a gateway signs for a member: strings raw, integers in plain decimal, booleans
     * as {@code true}/{@code false}, null or missing as the empty string.
     *
     * @throws RejectedException {@link GatewayError#BAD_CALLBACK} for fractional numbers,
     *                           arrays and objects
     */
    public static String signedText(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        if (value.isBoolean()) {
            return Boolean.toString(value.booleanValue());
        }
        throw new RejectedException(GatewayError.BAD_CALLBACK, "field " + field + " is not text or a whole number");
    }

    /** The member as text when it is present and not empty. */
    public static Optional<String> text(JsonNode object, String field) {
        return Optional.of(signedText(object, field)).filter(v -> !v.isEmpty());
    }

    /**
     * The member as a whole number.
     *
     * @throws RejectedException {@link GatewayError#BAD_CALLBACK} when absent or not a whole number
     */
    public static long longValue(JsonNode object, String field, String what) {
        String text = signedText(object, field);
        if (text.isEmpty() || text.length() > 19 || !text.matches("-?[0-9]+")) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, what + " lacks a whole-number " + field);
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, what + " has an out-of-range " + field, e);
        }
    }

    /**
     * The member as a positive JSON integer: the amount of a signed callback that may count as a
     * payment.
     *
     * @throws RejectedException {@link GatewayError#BAD_AMOUNT} when it is text (the signed text
     *                           would read the same, but the gateway sends a number), zero or
     *                           negative; {@link GatewayError#BAD_CALLBACK} when it is absent or
     *                           not a whole number
     */
    public static long positiveAmount(JsonNode object, String field, String what) {
        JsonNode value = object.get(field);
        if (value != null && value.isTextual()) {
            throw new RejectedException(GatewayError.BAD_AMOUNT, what + " sends " + field + " as text, not a number");
        }
        long amount = longValue(object, field, what);
        if (amount <= 0) {
            throw new RejectedException(GatewayError.BAD_AMOUNT, what + " has a " + field + " that is not positive");
        }
        return amount;
    }

    /** Every member rendered as {@link #signedText}, in the document's order. */
    public static Map<String, String> signedFields(JsonNode object) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            fields.put(name, signedText(object, name));
        }
        return fields;
    }

    /**
     * The member as text.
     *
     * @throws RejectedException {@link GatewayError#BAD_CALLBACK} when absent or empty
     */
    public static String required(JsonNode object, String field, String what) {
        return text(object, field).orElseThrow(() -> new RejectedException(GatewayError.BAD_CALLBACK,
                what + " lacks " + field));
    }
}
