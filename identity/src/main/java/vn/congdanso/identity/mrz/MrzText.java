package vn.congdanso.identity.mrz;

import java.util.ArrayList;
import java.util.List;

import vn.congdanso.core.RejectedException;

/**
 * The lines of an MRZ text as mutable character arrays, with each line's offset in the text.
 * Rejects what cannot be an MRZ at all: too long, a wrong line count, a character outside the
 * MRZ alphabet, a wrong line length.
 */
final class MrzText {

    static final int MAX_LENGTH = 256;

    private final char[][] lines;
    private final int[] offsets;
    private final MrzFormat format;

    private MrzText(char[][] lines, int[] offsets, MrzFormat format) {
        this.lines = lines;
        this.offsets = offsets;
        this.format = format;
    }

    /**
     * Splits {@code text} on line breaks ({@code \n}, {@code \r\n}); blank lines and spaces or tabs
     * around a line are ignored.
     */
    static MrzText read(String text) {
        if (text.length() > MAX_LENGTH) {
            throw RejectedException.atOffset(MrzError.TOO_LONG, "an MRZ has at most " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        List<int[]> spans = spans(text);
        MrzFormat format = spans.size() == 3 ? MrzFormat.TD1 : spans.size() == 2 ? MrzFormat.TD3 : null;
        if (format == null) {
            throw RejectedException.atOffset(MrzError.BAD_LINE_COUNT,
                    "an MRZ has 3 lines (TD1) or 2 lines (TD3), got " + spans.size(), text.length());
        }
        char[][] lines = new char[spans.size()][];
        int[] offsets = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            requireAlphabet(text, span[0], span[1]);
            offsets[i] = span[0];
            lines[i] = text.substring(span[0], span[1]).toCharArray();
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].length != format.lineLength()) {
                throw RejectedException.atOffset(MrzError.BAD_LINE_LENGTH, "line " + (i + 1) + " of a " + format
                        + " MRZ has " + format.lineLength() + " characters, got " + lines[i].length,
                        offsets[i] + Math.min(lines[i].length, format.lineLength()));
            }
        }
        return new MrzText(lines, offsets, format);
    }

    MrzFormat format() {
        return format;
    }

    char at(int line, int column) {
        return lines[line][column];
    }

    String substring(int line, int from, int to) {
        return new String(lines[line], from, to - from);
    }

    int offset(int line, int column) {
        return offsets[line] + column;
    }

    /** A copy of the characters, for {@link #restore(char[][])}. */
    char[][] save() {
        char[][] copy = new char[lines.length][];
        for (int i = 0; i < lines.length; i++) {
            copy[i] = lines[i].clone();
        }
        return copy;
    }

    /** Puts back the characters of a {@link #save()}. */
    void restore(char[][] saved) {
        for (int i = 0; i < lines.length; i++) {
            System.arraycopy(saved[i], 0, lines[i], 0, lines[i].length);
        }
    }

    /**
     * Replaces the letters OCR confuses with digits by those digits in columns {@code from} to
     * {@code to} (exclusive) of {@code line}, recording each replacement.
     */
    void correctDigits(int line, int from, int to, String field, List<OcrCorrection> corrections) {
        for (int column = from; column < to; column++) {
            char read = lines[line][column];
            char digit = digitFor(read);
            if (digit != read) {
                lines[line][column] = digit;
                corrections.add(new OcrCorrection(field, offset(line, column), read, digit));
            }
        }
    }

    private static char digitFor(char c) {
        switch (c) {
            case 'O':
                return '0';
            case 'I':
                return '1';
            case 'B':
                return '8';
            case 'S':
                return '5';
            case 'Z':
                return '2';
            default:
                return c;
        }
    }

    private static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int from = start;
                int to = i;
                while (from < to && isBlank(text.charAt(from))) {
                    from++;
                }
                while (to > from && isBlank(text.charAt(to - 1))) {
                    to--;
                }
                if (to > from) {
                    spans.add(new int[] {from, to});
                }
                start = i + 1;
            }
        }
        return spans;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }

    private static void requireAlphabet(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CheckDigit.valueOf(text.charAt(i)) < 0) {
                throw RejectedException.atOffset(MrzError.BAD_CHARACTER,
                        "an MRZ has only A-Z, 0-9 and <", i);
            }
        }
    }
}
