package vn.congdanso.qr.procedure;

import java.util.List;
import java.util.Optional;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/**
 * An agency identifier of QCVN 102:2016/BTTTT: 13 characters {@code ddd.dd.dd.Xdd}, read right to
 * left as levels 1 to 4. Level 1 ({@code Xdd}) is a letter and two digits: {@code G} for a
 * ministry-level unit, {@code H} for a province-level unit; the lower levels are digits, all
 * zeros when unused. {@code 000.00.00.H41} is a province itself, {@code 000.00.12.H41} a unit
 * directly under it. Immutable and thread-safe; equal when the text is equal.
 */
public final class AgencyCode {

    /** The length of every agency code. */
    public static final int LENGTH = 13;

    private static final int[][] LEVEL_SPANS = {{10, 13}, {7, 9}, {4, 6}, {0, 3}};

    private final String value;

    private AgencyCode(String value) {
        this.value = value;
    }

    /**
     * Parses an agency code, exactly as printed (upper-case letter, no spaces).
     *
     * @throws RejectedException {@link ProcedureError#BAD_AGENCY_CODE} with the offset of the
     *                           first wrong character, or {@link ProcedureError#UNSUPPORTED_AGENCY_KIND}
     *                           when the level-1 letter is not G or H
     */
    public static AgencyCode parse(String text) {
        requireNonNull(text, "text == null");
        String what = "agency code (ddd.dd.dd.Xdd)";
        if (text.length() > 10 && text.charAt(10) >= 'A' && text.charAt(10) <= 'Z'
                && AgencyKind.ofLetter(text.charAt(10)) == null) {
            Codes.requirePattern(text.substring(0, 10), 0, "ddd.dd.dd.", ProcedureError.BAD_AGENCY_CODE, what);
            throw RejectedException.atOffset(ProcedureError.UNSUPPORTED_AGENCY_KIND,
                    "agency code level 1 must start with G (ministry) or H (province)", 10);
        }
        Codes.requirePattern(text, 0, "ddd.dd.dd.Xdd", ProcedureError.BAD_AGENCY_CODE, what);
        return new AgencyCode(text);
    }

    /** Whether the level-1 unit is a ministry or a province. */
    public AgencyKind kind() {
        return AgencyKind.ofLetter(value.charAt(10));
    }

    /**
     * The text of level {@code n} (1 to 4): level 1 is {@code "H41"}, levels 2 and 3 two digits,
     * level 4 three digits.
     *
     * @throws RejectedException {@code BAD_ARGUMENT} when {@code n} is not 1 to 4
     */
    public String level(int n) {
        if (n < 1 || n > LEVEL_SPANS.length) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "agency levels are 1 to 4");
        }
        int[] span = LEVEL_SPANS[n - 1];
        return value.substring(span[0], span[1]);
    }

    /** Levels 1 to 4, in that order. */
    public List<String> levels() {
        return List.of(level(1), level(2), level(3), level(4));
    }

    /** The deepest level in use: 1 for {@code 000.00.00.H41}, 2 for {@code 000.00.12.H41}, and so on. */
    public int depth() {
        for (int n = LEVEL_SPANS.length; n > 1; n--) {
            if (!isZeros(level(n))) {
                return n;
            }
        }
        return 1;
    }

    /** The unit one level up (the deepest level in use zeroed), or empty for a level-1 unit. */
    public Optional<AgencyCode> parent() {
        int depth = depth();
        if (depth == 1) {
            return Optional.empty();
        }
        int[] span = LEVEL_SPANS[depth - 1];
        String zeros = "0".repeat(span[1] - span[0]);
        return Optional.of(new AgencyCode(value.substring(0, span[0]) + zeros + value.substring(span[1])));
    }

    /** Whether {@code other} is this unit or lies below it. */
    public boolean contains(AgencyCode other) {
        requireNonNull(other, "other == null");
        Optional<AgencyCode> current = Optional.of(other);
        while (current.isPresent()) {
            if (current.get().equals(this)) {
                return true;
            }
            current = current.get().parent();
        }
        return false;
    }

    private static boolean isZeros(String part) {
        return part.chars().allMatch(c -> c == '0');
    }

    /** The code as printed, {@code ddd.dd.dd.Xdd}. */
    @Override
    public String toString() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgencyCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
