package vn.congdanso.payments.emv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Splits text into data objects in one pass. Records each object as four ints (ID, object start,
 * value start, value end) so that a failed split allocates nothing but the array; lengths count
 * code points, which equals chars unless the text holds non-ASCII characters.
 */
final class TlvScanner {

    private final String text;
    private final boolean ascii;
    private int[] entries = new int[48];
    private int count;
    private int failure = -1;

    TlvScanner(String text, boolean ascii) {
        this.text = text;
        this.ascii = ascii;
    }

    /** Splits {@code text[from, to)}; returns false and sets {@link #failure()} when it does not split. */
    boolean scan(int from, int to) {
        count = 0;
        failure = -1;
        int pos = from;
        while (pos < to) {
            if (to - pos < 4) {
                failure = pos;
                return false;
            }
            int tag = twoDigits(pos);
            int length = twoDigits(pos + 2);
            if (tag < 0) {
                failure = pos;
                return false;
            }
            if (length < 0) {
                failure = pos + 2;
                return false;
            }
            int valueEnd = advance(pos + 4, length, to);
            if (valueEnd < 0) {
                failure = pos + 2;
                return false;
            }
            add(tag, pos, pos + 4, valueEnd);
            pos = valueEnd;
        }
        return true;
    }

    int count() {
        return count;
    }

    int failure() {
        return failure;
    }

    int tag(int index) {
        return entries[index * 4];
    }

    int start(int index) {
        return entries[index * 4 + 1];
    }

    int valueStart(int index) {
        return entries[index * 4 + 2];
    }

    int valueEnd(int index) {
        return entries[index * 4 + 3];
    }

    String value(int index) {
        return text.substring(valueStart(index), valueEnd(index));
    }

    /** The split entries as primitive data objects. */
    List<DataObject> primitives() {
        List<DataObject> objects = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            objects.add(DataObject.parsed(tag(i), value(i), start(i), List.of(), false));
        }
        return Collections.unmodifiableList(objects);
    }

    /** {@code value} split into primitive data objects whose offsets start at {@code base}. */
    static Optional<List<DataObject>> split(String value, int base) {
        TlvScanner scanner = new TlvScanner(value, isAscii(value));
        if (!scanner.scan(0, value.length())) {
            return Optional.empty();
        }
        List<DataObject> objects = new ArrayList<>(scanner.count);
        for (int i = 0; i < scanner.count; i++) {
            objects.add(DataObject.parsed(scanner.tag(i), scanner.value(i), base + scanner.start(i), List.of(), false));
        }
        return Optional.of(Collections.unmodifiableList(objects));
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private int twoDigits(int pos) {
        int tens = text.charAt(pos) - '0';
        int units = text.charAt(pos + 1) - '0';
        if (tens < 0 || tens > 9 || units < 0 || units > 9) {
            return -1;
        }
        return tens * 10 + units;
    }

    private int advance(int start, int codePoints, int to) {
        if (ascii) {
            return start + codePoints <= to ? start + codePoints : -1;
        }
        int pos = start;
        for (int n = 0; n < codePoints; n++) {
            if (pos >= to) {
                return -1;
            }
            char c = text.charAt(pos++);
            if (Character.isHighSurrogate(c) && pos < to && Character.isLowSurrogate(text.charAt(pos))) {
                pos++;
            }
        }
        return pos;
    }

    private void add(int tag, int start, int valueStart, int valueEnd) {
        if (count * 4 == entries.length) {
            int[] grown = new int[entries.length * 2];
            System.arraycopy(entries, 0, grown, 0, entries.length);
            entries = grown;
        }
        int at = count * 4;
        entries[at] = tag;
        entries[at + 1] = start;
        entries[at + 2] = valueStart;
        entries[at + 3] = valueEnd;
        count++;
    }
}
