package vn.congdanso.payments.payos;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import vn.congdanso.core.RejectedException;
import vn.congdanso.payments.GatewayError;

/**
 * payOS's signed text for a {@code data} object, as payOS documents it and as its reference SDK
 * computes it ({@code @payos/node}, {@code createSignatureFromObj}: {@code sortObjDataByKey} then
 * {@code convertObjToQueryStr}). Our own code, following these rules:
 * <ul>
 *   <li>keys sorted as JavaScript's {@code Array.prototype.sort()} sorts strings (UTF-16 code
 *       units), then laid out in JavaScript property order: keys that are array indices
 *       ({@code "0"}, {@code "17"}) first, in numeric order, then the others in sorted order;</li>
 *   <li>{@code key=value} joined with {@code &}, nothing URL-encoded;</li>
 *   <li>null, and the strings {@code "null"} and {@code "undefined"}, as the empty value;</li>
 *   <li>other text raw; booleans as {@code true}/{@code false}; numbers as JavaScript writes a
 *       double ({@code Number.prototype.toString}: 1e21 and over, and below 1e-6, in exponent
 *       form; integers past 2^53 rounded as {@code JSON.parse} rounds them);</li>
 *   <li>an array as {@code JSON.stringify} of its elements, each first re-keyed in sorted key
 *       order (one level deep, as {@code sortObjDataByKey} does; an element that is not an object
 *       becomes what {@code Object.keys} sees of it); an array holding null cannot be signed by the
 *       reference and is rejected with {@link GatewayError#BAD_SIGNATURE};</li>
 *   <li>a nested object (not an array) as {@code [object Object]}, JavaScript's string form of an
 *       object, which is what the reference signs.</li>
 * </ul>
 * Payment-link requests are signed differently, over five fields written raw (see
 * {@link PayosSigner#paymentLinkSignature}).
 */
final class PayosData {

    /** JavaScript property order: array-index keys numerically, then the rest as given. */
    private static final Comparator<String> PROPERTY_ORDER = Comparator
            .comparing((String key) -> !isArrayIndex(key))
            .thenComparing((a, b) -> isArrayIndex(a) ? Long.compare(Long.parseLong(a), Long.parseLong(b)) : 0);
    /** {@code sort()} then JavaScript property order. */
    private static final Comparator<String> SORTED = PROPERTY_ORDER.thenComparing(Comparator.naturalOrder());

    private PayosData() {
    }

    /** The signed text of the JSON object {@code data}. */
    static String canonical(JsonNode data) {
        StringBuilder text = new StringBuilder(512);
        for (String name : sortedNames(data)) {
            separate(text).append(name).append('=').append(value(data.get(name)));
        }
        return text.toString();
    }

    /** The signed text of flat text {@code data}; a null value is written empty, as JSON null is. */
    static String canonical(Map<String, String> data) {
        List<String> names = new ArrayList<>(data.keySet());
        names.sort(SORTED);
        StringBuilder text = new StringBuilder(256);
        for (String name : names) {
            separate(text).append(name).append('=').append(text(data.get(name)));
        }
        return text.toString();
    }

    /** Each field of {@code data} as text, for the application: null empty, nested values as JSON. */
    static Map<String, String> asText(JsonNode data) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : data.properties()) {
            fields.put(field.getKey(), display(field.getValue()));
        }
        return fields;
    }

    private static String display(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        if (value.isNumber()) {
            return value.decimalValue().stripTrailingZeros().toPlainString();
        }
        return value.isBoolean() ? Boolean.toString(value.booleanValue()) : value.toString();
    }

    private static String value(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        if (value.isTextual()) {
            return text(value.textValue());
        }
        if (value.isNumber()) {
            return JsNumber.toString(value.doubleValue());
        }
        if (value.isBoolean()) {
            return Boolean.toString(value.booleanValue());
        }
        if (value.isArray()) {
            StringBuilder json = new StringBuilder(256).append('[');
            for (int i = 0; i < value.size(); i++) {
                (i > 0 ? json.append(',') : json).append(sortedElement(value.get(i)));
            }
            return json.append(']').toString();
        }
        return "[object Object]";
    }

    private static String text(String value) {
        return value == null || "null".equals(value) || "undefined".equals(value) ? "" : value;
    }

    /** {@code JSON.stringify(sortObjDataByKey(element))}: an object of what {@code Object.keys} sees. */
    private static String sortedElement(JsonNode element) {
        StringBuilder json = new StringBuilder(128).append('{');
        if (element.isNull()) {
            throw new RejectedException(GatewayError.BAD_SIGNATURE, "payOS data holds an array with null, which payOS cannot sign");
        }
        if (element.isObject() || element.isArray()) {
            List<String> names = element.isObject() ? sortedNames(element) : indices(element.size());
            for (String name : names) {
                JsonNode child = element.isObject() ? element.get(name) : element.get(Integer.parseInt(name));
                separateJson(json).append(JsJson.string(name)).append(':').append(JsJson.stringify(child));
            }
        } else if (element.isTextual()) {
            String text = element.textValue();
            for (int i = 0; i < text.length(); i++) {
                separateJson(json).append('"').append(i).append("\":").append(JsJson.string(String.valueOf(text.charAt(i))));
            }
        }
        return json.append('}').toString();
    }

    private static List<String> sortedNames(JsonNode object) {
        List<String> names = new ArrayList<>(object.size());
        object.fieldNames().forEachRemaining(names::add);
        names.sort(SORTED);
        return names;
    }

    private static List<String> indices(int size) {
        List<String> names = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            names.add(Integer.toString(i));
        }
        return names;
    }

    private static StringBuilder separate(StringBuilder text) {
        return text.length() > 0 ? text.append('&') : text;
    }

    private static StringBuilder separateJson(StringBuilder json) {
        return json.length() > 1 ? json.append(',') : json;
    }

    /** Whether {@code key} is a canonical array index, 0 to 2^32 - 2, which JavaScript orders first. */
    static boolean isArrayIndex(String key) {
        int length = key.length();
        if (length == 0 || length > 10 || key.charAt(0) == '0' && length > 1) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return false;
            }
        }
        return Long.parseLong(key) < 0xFFFF_FFFFL;
    }

    /** JSON as JavaScript's {@code JSON.stringify} writes a parsed value. */
    static final class JsJson {

        private JsJson() {
        }

        static String stringify(JsonNode value) {
            StringBuilder json = new StringBuilder(64);
            write(value, json);
            return json.toString();
        }

        private static void write(JsonNode value, StringBuilder json) {
            if (value.isTextual()) {
                json.append(string(value.textValue()));
            } else if (value.isNumber()) {
                double number = value.doubleValue();
                json.append(Double.isInfinite(number) ? "null" : JsNumber.toString(number));
            } else if (value.isBoolean()) {
                json.append(value.booleanValue());
            } else if (value.isArray()) {
                json.append('[');
                for (int i = 0; i < value.size(); i++) {
                    write(value.get(i), i > 0 ? json.append(',') : json);
                }
                json.append(']');
            } else if (value.isObject()) {
                writeObject(value, json);
            } else {
                json.append("null");
            }
        }

        /** An object's members in JavaScript property order: array indices first, then as received. */
        private static void writeObject(JsonNode object, StringBuilder json) {
            List<String> names = new ArrayList<>(object.size());
            object.fieldNames().forEachRemaining(names::add);
            names.sort(PROPERTY_ORDER);
            json.append('{');
            for (int i = 0; i < names.size(); i++) {
                (i > 0 ? json.append(',') : json).append(string(names.get(i))).append(':');
                write(object.get(names.get(i)), json);
            }
            json.append('}');
        }

        /** A string literal: {@code "}, {@code \}, control characters and lone surrogates escaped. */
        static String string(String text) {
            StringBuilder json = new StringBuilder(text.length() + 2).append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    case '\b' -> json.append("\\b");
                    case '\f' -> json.append("\\f");
                    case '\n' -> json.append("\\n");
                    case '\r' -> json.append("\\r");
                    case '\t' -> json.append("\\t");
                    default -> {
                        if (c < 0x20 || Character.isSurrogate(c) && !pairedAt(text, i)) {
                            json.append(String.format("\\u%04x", (int) c));
                        } else {
                            json.append(c);
                        }
                    }
                }
            }
            return json.append('"').toString();
        }

        private static boolean pairedAt(String text, int i) {
            char c = text.charAt(i);
            return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
    }

    /** A double as JavaScript's {@code Number.prototype.toString()} writes it (ECMA-262, Number::toString). */
    static final class JsNumber {

        private JsNumber() {
        }

        static String toString(double value) {
            if (Double.isInfinite(value)) {
                return value > 0 ? "Infinity" : "-Infinity";
            }
            if (value == 0) {
                return "0";
            }
            if (value < 0) {
                return "-" + toString(-value);
            }
            BigDecimal shortest = shortest(value);
            String digits = shortest.unscaledValue().toString();
            int k = digits.length();
            int n = k - shortest.scale();
            if (k <= n && n <= 21) {
                return digits + "0".repeat(n - k);
            }
            if (0 < n && n <= 21) {
                return digits.substring(0, n) + "." + digits.substring(n);
            }
            if (-6 < n && n <= 0) {
                return "0." + "0".repeat(-n) + digits;
            }
            String exponent = (n - 1 < 0 ? "e-" : "e+") + Math.abs(n - 1);
            return k == 1 ? digits + exponent : digits.charAt(0) + "." + digits.substring(1) + exponent;
        }

        /**
         * The decimal with the fewest significant digits that reads back as {@code value}, the
         * closest to it among those, without trailing zeros.
         */
        private static BigDecimal shortest(double value) {
            BigDecimal exact = new BigDecimal(value);
            for (int precision = 1; precision <= 17; precision++) {
                BigDecimal best = null;
                for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
                    BigDecimal candidate = exact.round(new MathContext(precision, mode));
                    if (candidate.doubleValue() == value && (best == null
                            || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                        best = candidate;
                    }
                }
                if (best != null) {
                    return best.stripTrailingZeros();
                }
            }
            return exact.stripTrailingZeros();
        }
    }
}
