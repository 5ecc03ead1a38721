package vn.congdanso.payments.vnpay;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * A received query taken as it stands: the canonical candidate is the query minus its
 * {@code vnp_SecureHash} segment, with no decoding, sorting or re-encoding. VNPay (and
 * {@link VnpaySigner}) send exactly the canonical form, so for genuine calls this candidate is the
 * signed string and its MAC verifies at once; a call whose candidate does not verify is
 * canonicalised in full by {@link VnpayParameters} and checked again, so the accepted set is the
 * same either way. Fields are found and decoded only when asked for. Immutable.
 */
final class ReceivedQuery implements SignedParameters {

    private static final String HASH_KEY = VnpayParameters.SECURE_HASH + "=";
    private static final int SHA512_HEX_LENGTH = 128;

    private final String raw;
    private final int hashFrom;
    private final int hashTo;

    private ReceivedQuery(String raw, int hashFrom, int hashTo) {
        this.raw = raw;
        this.hashFrom = hashFrom;
        this.hashTo = hashTo;
    }

    /**
     * The query split around one hash segment (the last one when it ends the query with a
     * SHA-512-sized value, where VNPay puts it, else the first), when that is non-empty and at a
     * segment boundary. Anything else in the query, another hash included, stays in the
     * candidate, where it breaks the MAC and sends the call to the full canonicaliser.
     */
    static Optional<ReceivedQuery> split(String raw) {
        int last = raw.length() - SHA512_HEX_LENGTH - HASH_KEY.length();
        boolean atEnd = last > 0 && raw.charAt(last - 1) == '&' && raw.startsWith(HASH_KEY, last);
        int from = atEnd ? last : raw.indexOf(HASH_KEY);
        if (from < 0 || from > 0 && raw.charAt(from - 1) != '&') {
            return Optional.empty();
        }
        int end = raw.indexOf('&', from);
        int to = end < 0 ? raw.length() : end;
        boolean onlyHash = from == 0 && to == raw.length();
        boolean empty = to == from + HASH_KEY.length();
        return onlyHash || empty ? Optional.empty() : Optional.of(new ReceivedQuery(raw, from, to));
    }

    /** The received hash, as it stands. */
    String hash() {
        return raw.substring(hashFrom + HASH_KEY.length(), hashTo);
    }

    /** The received hash as a view of the query, for comparing without copying it. */
    CharSequence hashView() {
        return new Slice(raw, hashFrom + HASH_KEY.length(), hashTo);
    }

    /**
     * The query minus the hash segment as ISO-8859-1 bytes. A genuine canonical string is ASCII;
     * any other character becomes a byte no canonical string contains (a byte above 0x7F, or
     * {@code ?} for characters beyond Latin-1), so the MAC fails and the full canonicaliser
     * takes over. (Truncating characters to their low byte instead would let {@code Ł} pass as
     * {@code A}.)
     */
    @Override
    public byte[] canonical() {
        String candidate;
        if (hashTo == raw.length()) {
            candidate = raw.substring(0, hashFrom - 1);
        } else if (hashFrom == 0) {
            candidate = raw.substring(hashTo + 1);
        } else {
            candidate = raw.substring(0, hashFrom) + raw.substring(hashTo + 1);
        }
        return candidate.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public Optional<String> secureHash() {
        return Optional.of(hash());
    }

    @Override
    public int find(String key) {
        return find(key, 0);
    }

    @Override
    public int find(String key, int hint) {
        boolean first = raw.startsWith(key) && raw.length() > key.length() && raw.charAt(key.length()) == '=';
        int at = first ? 0 : segmentStart(key, hint);
        if (at < 0 && hint > 0) {
            at = segmentStart(key, 0);
        }
        if (at < 0) {
            return -1;
        }
        int value = at + key.length() + 1;
        return value < raw.length() && raw.charAt(value) != '&' ? value : -1;
    }

    @Override
    public String valueAt(int index) {
        int end = raw.indexOf('&', index);
        return VnpayParameters.decode(raw, index, end < 0 ? raw.length() : end);
    }

    @Override
    public CharSequence digitsAt(int index) {
        int end = raw.indexOf('&', index);
        return new Slice(raw, index, end < 0 ? raw.length() : end);
    }

    @Override
    public Map<String, String> asMap() {
        return VnpayParameters.fromRawQuery(raw).asMap();
    }

    /** Where {@code &key=} starts a segment at or after {@code from}, or -1. */
    private int segmentStart(String key, int from) {
        int end = raw.length() - key.length();
        for (int at = raw.indexOf(key, Math.max(from, 1)); at > 0 && at < end; at = raw.indexOf(key, at + 1)) {
            if (raw.charAt(at - 1) == '&' && raw.charAt(at + key.length()) == '=') {
                return at;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "ReceivedQuery[" + raw.length() + " characters]";
    }

    /** Characters {@code [from, to)} of a string, without a copy. */
    private static final class Slice implements CharSequence {
        private final String text;
        private final int from;
        private final int to;

        Slice(String text, int from, int to) {
            this.text = text;
            this.from = from;
            this.to = to;
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            if (index < 0 || index >= to - from) {
                throw new IndexOutOfBoundsException(index);
            }
            return text.charAt(from + index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            if (start < 0 || start > end || end > to - from) {
                throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + (to - from));
            }
            return text.subSequence(from + start, from + end);
        }

        @Override
        public String toString() {
            return text.substring(from, to);
        }
    }
}
