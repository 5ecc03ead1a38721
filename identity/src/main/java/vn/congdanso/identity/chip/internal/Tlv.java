package vn.congdanso.identity.chip.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.chip.ChipError;

/**
 * One BER-TLV element of an ICAO data group: a tag of up to three bytes, a definite length of up
 * to four bytes, checked against the bytes actually present before anything is copied. Offsets in
 * exceptions are byte offsets into the whole file.
 *
 * @param tag the tag bytes as an unsigned number, for example {@code 0x61} or {@code 0x5F1F}
 * @param data the whole file
 * @param valueOffset where the value starts in {@code data}
 * @param valueLength the value's length
 * @param end where the element ends in {@code data}
 */
public record Tlv(int tag, byte[] data, int valueOffset, int valueLength, int end) {

    /** The largest nesting the data groups use, with room to spare; deeper input is refused. */
    private static final int MAX_ELEMENTS = 4096;

    /** Reads the element at {@code offset}, ending at or before {@code limit}. */
    public static Tlv read(byte[] data, int offset, int limit) {
        int pos = offset;
        if (pos >= limit) {
            throw bad("a tag is missing", pos);
        }
        int tag = data[pos++] & 0xFF;
        if ((tag & 0x1F) == 0x1F) {
            for (int more = 0; ; more++) {
                if (pos >= limit || more == 2) {
                    throw bad("a tag is cut short or longer than three bytes", pos);
                }
                int b = data[pos++] & 0xFF;
                tag = (tag << 8) | b;
                if ((b & 0x80) == 0) {
                    break;
                }
            }
        }
        if (pos >= limit) {
            throw bad("a length is missing", pos);
        }
        int first = data[pos++] & 0xFF;
        long length = first;
        if (first > 0x80 && first <= 0x84) {
            length = 0;
            for (int i = 0; i < first - 0x80; i++) {
                if (pos >= limit) {
                    throw bad("a length is cut short", pos);
                }
                length = (length << 8) | (data[pos++] & 0xFF);
            }
        } else if (first >= 0x80) {
            throw bad("an indefinite or over-long length", pos - 1);
        }
        if (length > limit - pos) {
            throw bad("a length of " + length + " bytes runs past the " + (limit - pos) + " bytes present", pos);
        }
        return new Tlv(tag, data, pos, (int) length, pos + (int) length);
    }

    /** Reads the whole of {@code data} as exactly one element with tag {@code expectedTag}. */
    public static Tlv whole(byte[] data, int expectedTag) {
        Tlv tlv = read(data, 0, data.length);
        tlv.expectTag(expectedTag);
        if (tlv.end != data.length) {
            throw bad((data.length - tlv.end) + " bytes after the data", tlv.end);
        }
        return tlv;
    }

    /** Refuses this element unless its tag is {@code expected}. */
    public Tlv expectTag(int expected) {
        if (tag != expected) {
            throw bad(String.format("expected tag %X, got %X", expected, tag), valueOffset);
        }
        return this;
    }

    /** The elements inside this one's value, which must fill it exactly. */
    public List<Tlv> children() {
        List<Tlv> children = new ArrayList<>();
        int pos = valueOffset;
        while (pos < end) {
            if (children.size() == MAX_ELEMENTS) {
                throw bad("more than " + MAX_ELEMENTS + " elements", pos);
            }
            Tlv child = read(data, pos, end);
            children.add(child);
            pos = child.end;
        }
        return children;
    }

    /** The first child with tag {@code wanted}; refused when there is none. */
    public Tlv child(int wanted) {
        return children().stream().filter(c -> c.tag == wanted).findFirst()
                .orElseThrow(() -> bad(String.format("tag %X is missing", wanted), valueOffset));
    }

    /** A copy of the value bytes. */
    public byte[] value() {
        return Arrays.copyOfRange(data, valueOffset, end);
    }

    static RejectedException bad(String message, int offset) {
        return RejectedException.atOffset(ChipError.BAD_ASN1, message, offset);
    }

    @Override
    public String toString() {
        return String.format("Tlv[%X, %d bytes at %d]", tag, valueLength, valueOffset);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tlv that && tag == that.tag && data == that.data && valueOffset == that.valueOffset
                && valueLength == that.valueLength;
    }

    @Override
    public int hashCode() {
        return 31 * tag + valueOffset;
    }
}
