package vn.congdanso.payments.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.congdanso.core.RejectedException;
import vn.congdanso.payments.GatewayError;

/**
 * Strict reading of an untrusted, form-encoded query string ({@code a=1&b=x+y}) into decoded
 * parameters: bounded length and count, repeated keys and bad escapes rejected. Thread-safe.
 */
public final class QueryText {

    /** The longest query accepted, in characters. */
    public static final int MAX_CHARS = 16_384;
    /** The most parameters accepted. */
    public static final int MAX_PARAMETERS = 128;

    private QueryText() {
    }

    /**
     * The decoded parameters of {@code raw}, in order; a leading {@code ?} is ignored.
     *
     * @throws RejectedException {@link GatewayError#BAD_CALLBACK} (with the offset) for an
     *                           over-long query, too many parameters or a bad escape,
     *                           {@link GatewayError#DUPLICATE_PARAMETER} for a repeated key
     */
    public static Map<String, String> decode(String raw, String what) {
        String query = raw.startsWith("?") ? raw.substring(1) : raw;
        if (query.length() > MAX_CHARS) {
            throw RejectedException.atOffset(GatewayError.BAD_CALLBACK, what + " is longer than " + MAX_CHARS
                    + " characters", MAX_CHARS);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        int start = 0;
        while (start < query.length()) {
            int end = query.indexOf('&', start);
            end = end < 0 ? query.length() : end;
            if (end > start) {
                if (parameters.size() == MAX_PARAMETERS) {
                    throw RejectedException.atOffset(GatewayError.BAD_CALLBACK, what + " has more than "
                            + MAX_PARAMETERS + " parameters", start);
                }
                int equals = query.indexOf('=', start);
                int split = equals < 0 || equals > end ? end : equals;
                String key = decode(query, start, split, what);
                String value = split == end ? "" : decode(query, split + 1, end, what);
                if (parameters.putIfAbsent(key, value) != null) {
                    throw RejectedException.atOffset(GatewayError.DUPLICATE_PARAMETER, what + " repeats a parameter", start);
                }
            }
            start = end + 1;
        }
        return Collections.unmodifiableMap(parameters);
    }

    /** Percent- and plus-decodes {@code query[from, to)} as UTF-8; malformed escapes or bytes are rejected. */
    private static String decode(String query, int from, int to, String what) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = query.charAt(i);
            if (c == '%') {
                int high = i + 2 < to ? Character.digit(query.charAt(i + 1), 16) : -1;
                int low = i + 2 < to ? Character.digit(query.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw RejectedException.atOffset(GatewayError.BAD_CALLBACK, what + " has a bad %-escape", i);
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= to || !Character.isLowSurrogate(query.charAt(i + 1))) {
                    throw RejectedException.atOffset(GatewayError.BAD_CALLBACK, what + " has a lone surrogate", i);
                }
                bytes.writeBytes(query.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
                i++;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw RejectedException.atOffset(GatewayError.BAD_CALLBACK, what + " is not UTF-8", from);
        }
    }
}
