package vn.congdanso.payments.callback.internal;

import vn.congdanso.core.privacy.Redactor;

/**
 * The redacted text of a raw callback for the audit trail: exactly what
 * {@link Redactor#redactFields(CharSequence)} makes of it, computed without regular
 * expressions for the common shape, a bodiless call whose query is plain {@code key=value}
 * pairs (VNPay's IPN). Any other shape is handed to {@link Redactor} itself.
 *
 * <p>Why the result is the same: {@link Redactor} masks the value of a pair whose name is
 * sensitive when the pair starts after {@code ?}, {@code &}, whitespace or one of
 * {@code ([{,;}} and runs to the next {@code &}, whitespace or one of {@code ,;)]}}; then it
 * masks digit runs of eight or more, which never cross {@code &} or {@code =}. A query without
 * quotes, whitespace or any of {@code ?([{,;)]}} offers no other place for a field to start or
 * end, so pair by pair is the same as the whole text at once.
 */
public final class AuditPayload {

    private static final int MIN_DIGITS = 8;

    private AuditPayload() {
    }

    /** The redacted audit text of a call with this method, query and body. */
    public static String of(String method, String query, String bodyText) {
        StringBuilder text = new StringBuilder(method.length() + query.length() + bodyText.length() + 2);
        text.append(method);
        if (!query.isEmpty()) {
            text.append(" ?");
        }
        if (bodyText.isEmpty() && method.chars().allMatch(c -> c >= 'A' && c <= 'Z') && isPlainQuery(query)) {
            return appendRedactedPairs(text, query).toString();
        }
        text.append(query);
        if (!bodyText.isEmpty()) {
            text.append(' ').append(bodyText);
        }
        return Redactor.redactFields(text);
    }

    private static boolean isPlainQuery(String query) {
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c <= ' ' || c >= 0x7f || "\"?([{,;)]}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static StringBuilder appendRedactedPairs(StringBuilder text, String query) {
        int start = 0;
        while (start <= query.length()) {
            int end = query.indexOf('&', start);
            end = end < 0 ? query.length() : end;
            if (start > 0) {
                text.append('&');
            }
            text.append(redactPair(query.substring(start, end)));
            start = end + 1;
        }
        return text;
    }

    private static String redactPair(String pair) {
        int eq = pair.indexOf('=');
        String masked = eq > 0 && isFieldName(pair, eq) && Redactor.isSensitiveField(pair.substring(0, eq))
                ? pair.substring(0, eq + 1) + "****" : pair;
        return countDigits(masked) >= MIN_DIGITS ? Redactor.redact(masked) : masked;
    }

    private static boolean isFieldName(String pair, int end) {
        for (int i = 0; i < end; i++) {
            char c = pair.charAt(i);
            boolean allowed = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '_' || c == '-' || c == '.';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static int countDigits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        return digits;
    }
}
