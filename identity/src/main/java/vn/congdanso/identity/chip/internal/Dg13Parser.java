package vn.congdanso.identity.chip.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;

import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.chip.ChipError;
import vn.congdanso.identity.chip.ChipPersonalData;

/**
 * Reads DG13 of the Vietnamese card: tag 0x6D around ASN.1 holding entries, each a SEQUENCE of an
 * INTEGER index followed by its values, strings of any ASN.1 string type (UTF8String,
 * PrintableString…) or a SEQUENCE of strings (the parents' names). The structure is walked
 * generically, never by byte offsets: a SEQUENCE or SET that is not an entry is a container whose
 * elements are walked in turn; context tags are unwrapped. Values that are not strings are kept as
 * hexadecimal DER.
 */
public final class Dg13Parser {

    /** The largest DG13 accepted. */
    public static final int MAX_BYTES = 64 * 1024;

    private static final int TAG_DG13 = 0x6D;
    private static final int MAX_DEPTH = 8;
    private static final int MAX_INDEX = 255;

    private Dg13Parser() {
    }

    /** Parses {@code data}; refused with {@link ChipError#TOO_LARGE}, {@link ChipError#BAD_ASN1} or {@link ChipError#BAD_DG13}. */
    public static ChipPersonalData parse(byte[] data) {
        if (data.length > MAX_BYTES) {
            throw new RejectedException(ChipError.TOO_LARGE, "DG13 has " + data.length + " bytes, at most " + MAX_BYTES);
        }
        Tlv outer = Tlv.whole(data, TAG_DG13);
        ASN1Primitive content = Bc.parse(data, outer.valueOffset(), outer.valueLength(), ChipError.BAD_DG13, "DG13");
        SortedMap<Integer, List<String>> entries = new TreeMap<>();
        try {
            walk(content, entries, 0);
        } catch (RejectedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RejectedException(ChipError.BAD_DG13, "DG13 holds a value that cannot be decoded ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (entries.isEmpty()) {
            throw new RejectedException(ChipError.BAD_DG13, "DG13 holds no indexed entry");
        }
        return new ChipPersonalData(entries);
    }

    private static void walk(ASN1Encodable node, SortedMap<Integer, List<String>> entries, int depth) {
        if (depth > MAX_DEPTH) {
            throw new RejectedException(ChipError.BAD_DG13, "DG13 is nested deeper than " + MAX_DEPTH);
        }
        ASN1Primitive primitive = unwrap(node.toASN1Primitive());
        Optional<ASN1Encodable[]> children = elements(primitive);
        if (children.isEmpty()) {
            return;
        }
        ASN1Encodable[] elements = children.get();
        Optional<List<String>> values = entryValues(elements);
        if (values.isPresent()) {
            int index = index(elements[0]);
            if (entries.putIfAbsent(index, values.get()) != null) {
                throw new RejectedException(ChipError.BAD_DG13, "DG13 has entry " + index + " twice");
            }
            return;
        }
        for (ASN1Encodable element : elements) {
            walk(element, entries, depth + 1);
        }
    }

    /** The values when {@code elements} is an entry: an index, then strings or sequences of strings only. */
    private static Optional<List<String>> entryValues(ASN1Encodable[] elements) {
        if (elements.length < 2 || !(elements[0] instanceof ASN1Integer)) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (int i = 1; i < elements.length; i++) {
            if (!flatten(unwrap(elements[i].toASN1Primitive()), values, 0)) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }

    private static boolean flatten(ASN1Primitive value, List<String> values, int depth) {
        if (value instanceof ASN1String text) {
            values.add(text.getString());
            return true;
        }
        Optional<ASN1Encodable[]> elements = elements(value);
        if (elements.isEmpty()) {
            if (value instanceof ASN1Integer) {
                return false;
            }
            values.add(hex(value));
            return true;
        }
        if (depth == MAX_DEPTH) {
            return false;
        }
        for (ASN1Encodable element : elements.get()) {
            if (!flatten(unwrap(element.toASN1Primitive()), values, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static int index(ASN1Encodable element) {
        BigInteger index = ((ASN1Integer) element).getValue();
        if (index.signum() < 0 || index.compareTo(BigInteger.valueOf(MAX_INDEX)) > 0) {
            throw new RejectedException(ChipError.BAD_DG13, "DG13 entry index " + index + " is outside 0–" + MAX_INDEX);
        }
        return index.intValue();
    }

    private static Optional<ASN1Encodable[]> elements(ASN1Primitive primitive) {
        if (primitive instanceof ASN1Sequence sequence) {
            return Optional.of(sequence.toArray());
        }
        if (primitive instanceof ASN1Set set) {
            return Optional.of(set.toArray());
        }
        return Optional.empty();
    }

    private static ASN1Primitive unwrap(ASN1Primitive primitive) {
        ASN1Primitive current = primitive;
        for (int i = 0; i < MAX_DEPTH && current instanceof ASN1TaggedObject tagged && tagged.isExplicit(); i++) {
            current = tagged.getBaseObject().toASN1Primitive();
        }
        return current;
    }

    private static String hex(ASN1Primitive value) {
        try {
            return HexFormat.of().formatHex(value.getEncoded());
        } catch (IOException e) {
            throw new RejectedException(ChipError.BAD_DG13, "a DG13 value cannot be encoded");
        }
    }
}
