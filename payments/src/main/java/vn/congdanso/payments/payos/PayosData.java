package vn.congdanso.payments.payos;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * payOS's signed text for a {@code data} object: its keys sorted (UTF-16 order, as JavaScript
 * sorts), {@code key=value} joined with {@code &}; null as the empty string, numbers in plain
 * decimal, booleans as {@code true}/{@code false}, text raw, nested values as compact JSON.
 */
final class PayosData {

    private PayosData() {
    }

    static String canonical(JsonNode data) {
        List<String> names = new ArrayList<>();
        data.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        StringBuilder text = new StringBuilder(512);
        for (String name : names) {
            if (text.length() > 0) {
                text.append('&');
            }
            text.append(name).append('=').append(render(data.get(name)));
        }
        return text.toString();
    }

    static String canonical(Map<String, String> data) {
        List<String> names = new ArrayList<>(data.keySet());
        names.sort(null);
        StringBuilder text = new StringBuilder(256);
        for (String name : names) {
            if (text.length() > 0) {
                text.append('&');
            }
            text.append(name).append('=').append(data.get(name));
        }
        return text.toString();
    }

    static Map<String, String> asText(JsonNode data) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            fields.put(field.getKey(), render(field.getValue()));
        }
        return fields;
    }

    static String render(JsonNode value) {
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
        if (value.isBoolean()) {
            return Boolean.toString(value.booleanValue());
        }
        return value.toString();
    }
}
