package vn.congdanso.payments.emv;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/**
 * An EMVCo merchant-presented (MPM) QR payload: the ordered data objects it consists of, unknown
 * IDs and sub-IDs included, ending with the CRC (ID 63). {@link #encode()} writes a parsed payload
 * back character for character. Immutable and thread-safe.
 *
 * <p>{@link #parse(String)} accepts a payload when, checked in this order with the first failure
 * winning: it splits into complete data objects ({@link EmvError#BAD_LENGTH}); the last is ID 63
 * of length 4 ({@link EmvError#MISSING_CRC}); its hex digits, in either case, equal the CRC of the
 * rest ({@link EmvError#CRC_MISMATCH}); the first is ID 00 with value {@code 01}
 * ({@link EmvError#BAD_FORMAT_INDICATOR}); no top-level ID repeats ({@link EmvError#DUPLICATE_TAG});
 * templates 62 and 64 split into data objects ({@link EmvError#BAD_LENGTH}); ID 01, if present,
 * is {@code 11} or {@code 12} ({@link EmvError#BAD_POINT_OF_INITIATION}); ID 54, if present, is a
 * plain decimal number ({@link EmvError#BAD_AMOUNT}). Templates 26–51 and 80–99 are read as nested
 * data objects when they split and kept as raw values otherwise. The CRC covers the UTF-8 bytes of
 * the payload exactly as given, before any normalisation, as EMVCo defines it over the data objects
 * as they appear in the code: a payload whose CRC was computed over another form of its text (its
 * NFC form, say) is rejected, and so is text with an unpaired surrogate, which has no UTF-8 form. Lengths count code points of the NFC form, the values of the data
 * objects are in NFC, and offsets count chars of the NFC form (the input itself unless it holds
 * non-NFC text). Parsing takes time linear in the payload length.
 */
public final class EmvPayload {

    /** ID of the CRC, always the last data object. */
    public static final int CRC_TAG = 63;

    private static final int[] ALWAYS_SPLIT = {62, 64};

    private final List<DataObject> objects;
    private final String text;

    private EmvPayload(List<DataObject> objects, String text) {
        this.objects = objects;
        this.text = text;
    }

    /** Parses and validates {@code payload} as described on this class; rejects it with the offset. */
    public static EmvPayload parse(String payload) {
        return parse(payload, new int[0]);
    }

    /**
     * As {@link #parse(String)}, and also requires the templates {@code mustSplit} (for VietQR: 38)
     * to split into data objects, decided together with 62 and 64.
     */
    public static EmvPayload parse(String payload, int... mustSplit) {
        requireNonNull(payload, "payload == null");
        requireNonNull(mustSplit, "mustSplit == null");
        boolean ascii = TlvScanner.isAscii(payload);
        String text = ascii || Normalizer.isNormalized(payload, Normalizer.Form.NFC)
                ? payload : Normalizer.normalize(payload, Normalizer.Form.NFC);
        return new EmvPayload(new Reader(payload, text, ascii, mustSplit).read(), payload);
    }

    /**
     * A payload of {@code objects} (without ID 63) followed by the CRC computed over them, written
     * in upper-case hex. Rejects an ID 63 among {@code objects} with {@link EmvError#BAD_DATA_OBJECT}.
     */
    public static EmvPayload withCrc(List<DataObject> objects) {
        requireNonNull(objects, "objects == null");
        StringBuilder text = new StringBuilder(256);
        List<DataObject> all = new ArrayList<>(objects.size() + 1);
        for (DataObject object : objects) {
            if (requireNonNull(object, "object == null").tag() == CRC_TAG) {
                throw new RejectedException(EmvError.BAD_DATA_OBJECT, "ID 63 (CRC) is computed, not given");
            }
            object.appendTo(text);
            all.add(object);
        }
        text.append("6304");
        String crc = Crc16.toHex(Crc16.of(text));
        all.add(DataObject.of(CRC_TAG, crc));
        return new EmvPayload(Collections.unmodifiableList(all), text.append(crc).toString());
    }

    /** The top-level data objects in order, ending with ID 63. */
    public List<DataObject> objects() {
        return objects;
    }

    /** The top-level data object with ID {@code tag}. */
    public Optional<DataObject> find(int tag) {
        for (DataObject object : objects) {
            if (object.tag() == tag) {
                return Optional.of(object);
            }
        }
        return Optional.empty();
    }

    /** The value of the top-level data object with ID {@code tag}. */
    public Optional<String> value(int tag) {
        return find(tag).map(DataObject::value);
    }

    /** The CRC digits exactly as written in ID 63. */
    public String crc() {
        return objects.get(objects.size() - 1).value();
    }

    /**
     * The payload text. For a parsed payload this is the input exactly as given, the text its CRC
     * covers; written again from {@link #objects()} it is that input's NFC form.
     */
    public String encode() {
        return text;
    }

    /** The payload text, as {@link #encode()}; it may name an account, so do not log it. */
    @Override
    public String toString() {
        return encode();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmvPayload that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** One parse, in the decision order documented on {@link EmvPayload}. */
    private static final class Reader {

        private final String given;
        private final String text;
        private final boolean ascii;
        private final int[] mustSplit;
        private final TlvScanner top;

        /** Reads {@code text}, the NFC form of {@code given}; the CRC is checked over {@code given}. */
        Reader(String given, String text, boolean ascii, int[] mustSplit) {
            this.given = given;
            this.text = text;
            this.ascii = ascii;
            this.mustSplit = mustSplit;
            this.top = new TlvScanner(text, ascii);
        }

        List<DataObject> read() {
            if (!top.scan(0, text.length())) {
                throw RejectedException.atOffset(EmvError.BAD_LENGTH,
                        "payload does not split into data objects (ID, length, value)", top.failure());
            }
            int last = top.count() - 1;
            checkCrc(last);
            checkFormatIndicator();
            checkDuplicates();
            List<DataObject> objects = new ArrayList<>(top.count());
            for (int i = 0; i <= last; i++) {
                objects.add(object(i));
            }
            checkValues();
            return Collections.unmodifiableList(objects);
        }

        private void checkCrc(int last) {
            if (last < 0 || top.tag(last) != CRC_TAG || top.valueEnd(last) - top.valueStart(last) != 4) {
                throw RejectedException.atOffset(EmvError.MISSING_CRC,
                        "the last data object must be the CRC: ID 63, length 04", last < 0 ? 0 : top.start(last));
            }
            int written = parseHex(top.valueStart(last));
            int digits = given.length() - 4;
            if (written < 0 || !given.regionMatches(digits, text, top.valueStart(last), 4) || !ascii && !wellFormed(given)
                    || written != Crc16.of(given, 0, digits)) {
                throw RejectedException.atOffset(EmvError.CRC_MISMATCH,
                        "CRC does not match the payload", top.valueStart(last));
            }
        }

        /** Whether {@code text} has no unpaired surrogate, so that it has UTF-8 bytes for the CRC to cover. */
        private static boolean wellFormed(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }

        private int parseHex(int from) {
            int value = 0;
            for (int i = from; i < from + 4; i++) {
                int digit = Character.digit(text.charAt(i), 16);
                if (digit < 0 || text.charAt(i) >= 0x80) {
                    return -1;
                }
                value = value << 4 | digit;
            }
            return value;
        }

        private void checkFormatIndicator() {
            if (top.tag(0) != 0 || top.valueEnd(0) - top.valueStart(0) != 2
                    || text.charAt(top.valueStart(0)) != '0' || text.charAt(top.valueStart(0) + 1) != '1') {
                throw RejectedException.atOffset(EmvError.BAD_FORMAT_INDICATOR,
                        "the first data object must be the payload format indicator 000201", 0);
            }
        }

        private void checkDuplicates() {
            boolean[] seen = new boolean[100];
            for (int i = 0; i < top.count(); i++) {
                if (seen[top.tag(i)]) {
                    throw RejectedException.atOffset(EmvError.DUPLICATE_TAG,
                            "ID " + DataObject.twoDigits(top.tag(i)) + " occurs more than once", top.start(i));
                }
                seen[top.tag(i)] = true;
            }
        }

        private DataObject object(int i) {
            int tag = top.tag(i);
            String value = top.value(i);
            if (!isTemplateTag(tag)) {
                return DataObject.parsed(tag, value, top.start(i), List.of(), false);
            }
            TlvScanner nested = new TlvScanner(text, ascii);
            if (nested.scan(top.valueStart(i), top.valueEnd(i))) {
                return DataObject.parsed(tag, value, top.start(i), nested.primitives(), true);
            }
            if (contains(ALWAYS_SPLIT, tag) || contains(mustSplit, tag)) {
                throw RejectedException.atOffset(EmvError.BAD_LENGTH,
                        "template " + DataObject.twoDigits(tag) + " does not split into data objects", nested.failure());
            }
            return DataObject.parsed(tag, value, top.start(i), List.of(), false);
        }

        private void checkValues() {
            for (int i = 0; i < top.count(); i++) {
                int tag = top.tag(i);
                if (tag == 1 && !isPointOfInitiation(top.valueStart(i), top.valueEnd(i))) {
                    throw RejectedException.atOffset(EmvError.BAD_POINT_OF_INITIATION,
                            "point of initiation must be 11 (static) or 12 (dynamic)", top.valueStart(i));
                }
                if (tag == 54 && !isPlainDecimal(top.valueStart(i), top.valueEnd(i))) {
                    throw RejectedException.atOffset(EmvError.BAD_AMOUNT,
                            "amount must be plain decimal digits", top.valueStart(i));
                }
            }
        }

        private boolean isPointOfInitiation(int from, int to) {
            return to - from == 2 && text.charAt(from) == '1' && (text.charAt(from + 1) == '1' || text.charAt(from + 1) == '2');
        }

        private boolean isPlainDecimal(int from, int to) {
            int digits = 0;
            int dots = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '.' && digits > 0 && dots == 0) {
                    dots++;
                } else if (c >= '0' && c <= '9') {
                    digits++;
                } else {
                    return false;
                }
            }
            return digits > 0;
        }
    }

    static boolean isTemplateTag(int tag) {
        return tag >= 26 && tag <= 51 || tag == 62 || tag == 64 || tag >= 80;
    }

    private static boolean contains(int[] tags, int tag) {
        for (int candidate : tags) {
            if (candidate == tag) {
                return true;
            }
        }
        return false;
    }
}
