package vn.congdanso.identity.card;

import java.util.ArrayList;
import java.util.List;

/** The {@code |}-separated fields of a card QR text with their offsets in the original text. */
final class Fields {

    private final List<String> values;
    private final List<Integer> starts;

    private Fields(List<String> values, List<Integer> starts) {
        this.values = values;
        this.starts = starts;
    }

    /**
     * Splits {@code text} on {@code |} after ignoring surrounding whitespace (scanners append a
     * line break); drops one trailing empty field when there are more than seven.
     */
    static Fields split(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        List<String> values = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '|') {
                values.add(text.substring(start, i));
                starts.add(start);
                start = i + 1;
            }
        }
        if (values.size() > 7 && values.get(values.size() - 1).isEmpty()) {
            values.remove(values.size() - 1);
            starts.remove(starts.size() - 1);
        }
        return new Fields(List.copyOf(values), List.copyOf(starts));
    }

    int size() {
        return values.size();
    }

    String value(int index) {
        return values.get(index);
    }

    int start(int index) {
        return starts.get(index);
    }

    List<String> values() {
        return values;
    }
}
