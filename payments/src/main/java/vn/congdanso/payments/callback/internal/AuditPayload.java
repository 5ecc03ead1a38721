package vn.congdanso.payments.callback.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    private static final int KEEP = 4;
    private static final int SHORTEST_GROUP = 3;
    /** Field names already judged by {@link Redactor#isSensitiveField}; bounded, names come from callers. */
    private static final Map<String, Boolean> SENSITIVE = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 256;

    private AuditPayload() {
    }

    /** The redacted audit text of a call with this method, query and body. */
    public static String of(String method, String query, String bodyText) {
        StringBuilder text = new StringBuilder(method.length() + query.length() + bodyText.length() + 2);
        text.append(method);
        if (!query.isEmpty()) {
            text.append(" ?");
        }
        if (bodyText.isEmpty() && isUpperCaseWord(method) && isPlainQuery(query)) {
            return appendRedactedPairs(text, query).toString();
        }
        text.append(query);
        if (!bodyText.isEmpty()) {
            text.append(' ').append(bodyText);
        }
        return Redactor.redactFields(text);
    }

    private static boolean isUpperCaseWord(String method) {
        for (int i = 0; i < method.length(); i++) {
            char c = method.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlainQuery(String query) {
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                return false;
            }
            switch (c) {
                case '"', '?', '(', '[', '{', ',', ';', ')', ']', '}' -> {
                    return false;
                }
                default -> {
                    // plain
                }
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
            appendRedactedPair(text, query, start, end);
            start = end + 1;
        }
        return text;
    }

    /**
     * {@code query[start, end)}, one pair, as {@link Redactor#redactFields} masks it: the value of
     * a sensitive field replaced by {@code ****}, then runs of eight or more digits masked as
     * {@link Redactor#redact} masks them. Runs never cross {@code =}, so the name and the value
     * are masked apart.
     */
    private static void appendRedactedPair(StringBuilder text, String query, int start, int end) {
        int eq = query.indexOf('=', start);
        if (eq > start && eq < end && isFieldName(query, start, eq) && isSensitive(query.substring(start, eq))) {
            appendMaskingNumbers(text, query, start, eq + 1);
            text.append("****");
        } else {
            appendMaskingNumbers(text, query, start, end);
        }
    }

    private static boolean isSensitive(String name) {
        Boolean known = SENSITIVE.get(name);
        if (known == null) {
            known = Redactor.isSensitiveField(name);
            if (SENSITIVE.size() < MAX_REMEMBERED) {
                SENSITIVE.put(name, known);
            }
        }
        return known;
    }

    private static boolean isFieldName(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean allowed = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '_' || c == '-' || c == '.';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /**
     * Appends {@code text[from, to)} as {@link Redactor#redact} gives it, without its regular
     * expression {@code \+?\d{3,}(?:[ -]\d{3,})*|\+?\d+}: each match found left to right, and
     * masked but its last four digits when it holds eight digits or more.
     */
    private static void appendMaskingNumbers(StringBuilder out, String text, int from, int to) {
        int copied = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            boolean plus = c == '+' && i + 1 < to && isDigit(text.charAt(i + 1));
            if (!plus && !isDigit(c)) {
                i++;
                continue;
            }
            int matchStart = i;
            int digitsStart = plus ? i + 1 : i;
            int end = digitRunEnd(text, digitsStart, to);
            if (end - digitsStart >= SHORTEST_GROUP) {
                while (end + 1 < to && (text.charAt(end) == ' ' || text.charAt(end) == '-')) {
                    int groupEnd = digitRunEnd(text, end + 1, to);
                    if (groupEnd - (end + 1) < SHORTEST_GROUP) {
                        break;
                    }
                    end = groupEnd;
                }
            }
            int digits = countDigits(text, matchStart, end);
            if (digits >= MIN_DIGITS) {
                out.append(text, copied, matchStart);
                int seen = 0;
                for (int k = matchStart; k < end; k++) {
                    char d = text.charAt(k);
                    if (isDigit(d)) {
                        seen++;
                        out.append(seen > digits - KEEP ? d : Redactor.MASK);
                    } else {
                        out.append(d);
                    }
                }
                copied = end;
            }
            i = end;
        }
        out.append(text, copied, to);
    }

    private static int digitRunEnd(String text, int from, int to) {
        int i = from;
        while (i < to && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int countDigits(String text, int from, int to) {
        int digits = 0;
        for (int i = from; i < to; i++) {
            if (isDigit(text.charAt(i))) {
                digits++;
            }
        }
        return digits;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
