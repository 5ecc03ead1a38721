package vn.congdanso.payments.emv;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/**
 * One EMVCo data object: a two-digit ID, and a value counted in code points. A template's value
 * is itself a sequence of data objects, available as {@link #children()}; the raw {@link #value()}
 * is always kept, so writing a parsed object back gives exactly the characters it was read from.
 * Immutable and thread-safe.
 */
public final class DataObject {

    private static final int MAX_LENGTH = 99;

    private final int tag;
    private final String value;
    private final int length;
    private final int offset;
    private final List<DataObject> children;
    private final boolean template;

    private DataObject(int tag, String value, int offset, List<DataObject> children, boolean template) {
        this.tag = tag;
        this.value = value;
        this.length = value.codePointCount(0, value.length());
        this.offset = offset;
        this.children = children;
        this.template = template;
    }

    /**
     * A primitive data object. Rejects an ID outside 00–99 and a value longer than 99 code points
     * with {@link EmvError#BAD_DATA_OBJECT}.
     */
    public static DataObject of(int tag, String value) {
        requireNonNull(value, "value == null");
        checkTag(tag);
        return checkLength(new DataObject(tag, value, -1, List.of(), false));
    }

    /** A template holding {@code children} in order; rejected like {@link #of} when too long. */
    public static DataObject template(int tag, List<DataObject> children) {
        requireNonNull(children, "children == null");
        checkTag(tag);
        StringBuilder value = new StringBuilder();
        for (DataObject child : children) {
            requireNonNull(child, "child == null").appendTo(value);
        }
        return checkLength(new DataObject(tag, value.toString(), -1, List.copyOf(children), true));
    }

    static DataObject parsed(int tag, String value, int offset, List<DataObject> children, boolean template) {
        return new DataObject(tag, value, offset, children, template);
    }

    /** The ID, 0–99. */
    public int tag() {
        return tag;
    }

    /** The ID as written: two digits. */
    public String id() {
        return twoDigits(tag);
    }

    /** The raw value as written (for a template: its nested data objects, encoded). */
    public String value() {
        return value;
    }

    /** The length as written: the number of code points of the value. */
    public int length() {
        return length;
    }

    /** Where the ID starts in the parsed payload; empty for objects built in code. */
    public OptionalInt offset() {
        return offset < 0 ? OptionalInt.empty() : OptionalInt.of(offset);
    }

    /**
     * This value read as nested data objects, for values a profile defines as templates (such as
     * VietQR's beneficiary in 38.01); empty when it does not split into complete data objects.
     */
    public Optional<DataObject> asTemplate() {
        if (template) {
            return Optional.of(this);
        }
        int base = offset < 0 ? 0 : offset + 4;
        return TlvScanner.split(value, base).map(nested -> new DataObject(tag, value, offset, nested, true));
    }

    /** Whether the value was read (or built) as nested data objects. */
    public boolean isTemplate() {
        return template;
    }

    /** The nested data objects of a template, in order; empty for a primitive. */
    public List<DataObject> children() {
        return children;
    }

    /** The first nested data object with ID {@code subTag}. */
    public Optional<DataObject> child(int subTag) {
        for (DataObject child : children) {
            if (child.tag == subTag) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /** The value of the first nested data object with ID {@code subTag}. */
    public Optional<String> childValue(int subTag) {
        return child(subTag).map(DataObject::value);
    }

    /** This data object as written: ID, two-digit length, value. */
    public String encode() {
        return appendTo(new StringBuilder(value.length() + 4)).toString();
    }

    StringBuilder appendTo(StringBuilder out) {
        return out.append((char) ('0' + tag / 10)).append((char) ('0' + tag % 10))
                .append((char) ('0' + length / 10)).append((char) ('0' + length % 10)).append(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataObject that && tag == that.tag && value.equals(that.value)
                && template == that.template;
    }

    @Override
    public int hashCode() {
        return tag * 31 + value.hashCode();
    }

    /** The encoded form, as {@link #encode()}; may contain personal data, so do not log it. */
    @Override
    public String toString() {
        return encode();
    }

    static String twoDigits(int tag) {
        return new String(new char[] {(char) ('0' + tag / 10), (char) ('0' + tag % 10)});
    }

    private static void checkTag(int tag) {
        if (tag < 0 || tag > MAX_LENGTH) {
            throw new RejectedException(EmvError.BAD_DATA_OBJECT, "data object ID must be 00-99; got " + tag);
        }
    }

    private static DataObject checkLength(DataObject object) {
        if (object.length > MAX_LENGTH) {
            throw new RejectedException(EmvError.BAD_DATA_OBJECT,
                    "data object " + object.id() + " is longer than 99 characters");
        }
        return object;
    }
}
