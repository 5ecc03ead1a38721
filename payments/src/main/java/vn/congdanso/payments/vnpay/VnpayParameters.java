package vn.congdanso.payments.vnpay;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import vn.congdanso.core.RejectedException;
import vn.congdanso.payments.GatewayError;

/**
 * The {@code vnp_*} parameters of one return or IPN call, read in one pass from the raw query
 * string (or a map), with the canonical string VNPay signs: hash fields and empty values dropped,
 * keys sorted, every key and value decoded and re-encoded byte by byte exactly as
 * {@code URLEncoder} writes it (no TreeMap, no URLEncoder, no intermediate strings). Values of a
 * query are decoded on first use and cached; a racing second decoding yields an equal string, so
 * a built instance may be shared between threads.
 */
final class VnpayParameters implements SignedParameters {

    static final String SECURE_HASH = "vnp_SecureHash";
    static final String SECURE_HASH_TYPE = "vnp_SecureHashType";
    static final int MAX_LENGTH = 16_384;
    static final int MAX_PARAMETERS = 128;
    private static final int INITIAL_CAPACITY = 24;

    private final String raw;
    private int size;
    private String[] keys;
    private String[] values;
    private int[] bounds;
    private int[] order;
    private byte[] canonical;
    private int hashIndex = -1;

    private VnpayParameters(String raw, int capacity) {
        this.raw = raw;
        this.keys = new String[capacity];
        this.values = new String[capacity];
        this.bounds = raw == null ? null : new int[capacity * 2];
        this.order = new int[capacity];
    }

    /**
     * The bare query of a query string ({@code a=1&b=2}, with or without {@code ?}) or a whole
     * URL; rejects one longer than {@value #MAX_LENGTH} characters.
     */
    static String bareQuery(String queryOrUrl) {
        String raw = stripToQuery(queryOrUrl);
        if (raw.length() > MAX_LENGTH) {
            throw RejectedException.atOffset(GatewayError.BAD_CALLBACK,
                    "VNPay query string longer than " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        return raw;
    }

    /** Reads a bare query string, canonicalising every key and value. */
    static VnpayParameters fromRawQuery(String raw) {
        VnpayParameters shell = new VnpayParameters(raw, INITIAL_CAPACITY);
        int count = 0;
        int start = 0;
        while (start <= raw.length()) {
            int end = raw.indexOf('&', start);
            if (end < 0) {
                end = raw.length();
            }
            if (end > start) {
                if (count == MAX_PARAMETERS) {
                    throw RejectedException.atOffset(GatewayError.BAD_CALLBACK,
                            "more than " + MAX_PARAMETERS + " parameters", start);
                }
                shell.split(count++, start, end);
            }
            start = end + 1;
        }
        shell.size = count;
        return shell.sorted().canonicalise();
    }

    /** Reads decoded parameters, one value per key. */
    static VnpayParameters fromMap(Map<String, String> parameters) {
        if (parameters.size() > MAX_PARAMETERS) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, "more than " + MAX_PARAMETERS + " parameters");
        }
        VnpayParameters shell = new VnpayParameters(null, parameters.size());
        int count = 0;
        for (Map.Entry<String, String> entry : parameters.entrySet()) {
            if (entry.getKey() == null || entry.getValue() == null) {
                throw new RejectedException(GatewayError.BAD_CALLBACK, "VNPay parameters contain a null key or value");
            }
            shell.keys[count] = entry.getKey();
            shell.values[count] = entry.getValue();
            shell.order[count] = count;
            count++;
        }
        shell.size = count;
        return shell.sorted().canonicalise();
    }

    @Override
    public byte[] canonical() {
        return canonical;
    }

    @Override
    public Optional<String> secureHash() {
        return hashIndex < 0 ? Optional.empty() : Optional.of(value(hashIndex)).filter(v -> !v.isEmpty());
    }

    @Override
    public int find(String key) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = keys[order[mid]].compareTo(key);
            if (cmp == 0) {
                return value(order[mid]).isEmpty() ? -1 : order[mid];
            }
            if (cmp < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    @Override
    public String valueAt(int index) {
        return value(index);
    }

    @Override
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            map.put(keys[order[i]], value(order[i]));
        }
        return map;
    }

    private void split(int index, int start, int end) {
        if (index == keys.length) {
            keys = Arrays.copyOf(keys, index * 2);
            values = Arrays.copyOf(values, index * 2);
            bounds = Arrays.copyOf(bounds, index * 4);
            order = Arrays.copyOf(order, index * 2);
        }
        int equals = raw.indexOf('=', start);
        int keyEnd = equals < 0 || equals > end ? end : equals;
        keys[index] = decode(raw, start, keyEnd);
        bounds[2 * index] = Math.min(keyEnd + 1, end);
        bounds[2 * index + 1] = end;
        order[index] = index;
    }

    private VnpayParameters sorted() {
        for (int i = 1; i < size; i++) {
            int current = order[i];
            int j = i - 1;
            while (j >= 0 && keys[order[j]].compareTo(keys[current]) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = current;
        }
        for (int i = 1; i < size; i++) {
            if (keys[order[i]].equals(keys[order[i - 1]])) {
                throw duplicate(keys[order[i]]);
            }
        }
        return this;
    }

    private VnpayParameters canonicalise() {
        FormEncoder out = new FormEncoder(raw == null ? 512 : raw.length() + 64);
        boolean first = true;
        for (int i = 0; i < size; i++) {
            int p = order[i];
            String key = keys[p];
            if (key.equals(SECURE_HASH)) {
                hashIndex = p;
                continue;
            }
            if (key.equals(SECURE_HASH_TYPE) || isEmpty(p)) {
                continue;
            }
            if (!first) {
                out.separator('&');
            }
            first = false;
            out.text(key);
            out.separator('=');
            if (raw == null) {
                out.text(values[p]);
            } else {
                out.reencode(raw, bounds[2 * p], bounds[2 * p + 1]);
            }
        }
        canonical = out.toBytes();
        return this;
    }

    private boolean isEmpty(int p) {
        return raw == null ? values[p].isEmpty() : bounds[2 * p] == bounds[2 * p + 1];
    }

    private String value(int p) {
        if (values[p] == null) {
            values[p] = decode(raw, bounds[2 * p], bounds[2 * p + 1]);
        }
        return values[p];
    }

    /** The decoded text of the form-encoded {@code raw[from, to)}; rejects bad escapes and non-UTF-8. */
    static String decode(String raw, int from, int to) {
        boolean plain = true;
        for (int i = from; i < to && plain; i++) {
            char c = raw.charAt(i);
            plain = c != '%' && c != '+';
        }
        if (plain) {
            return raw.substring(from, to);
        }
        FormEncoder check = new FormEncoder(to - from);
        check.reencode(raw, from, to);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                int width = Character.isHighSurrogate(c) ? 2 : 1;
                byte[] utf8 = raw.substring(i, i + width).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
                i += width - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String stripToQuery(String queryOrUrl) {
        String text = queryOrUrl;
        int hash = text.indexOf('#');
        if (hash >= 0) {
            text = text.substring(0, hash);
        }
        if (text.startsWith("http://") || text.startsWith("https://")) {
            int question = text.indexOf('?');
            return question < 0 ? "" : text.substring(question + 1);
        }
        return text.startsWith("?") ? text.substring(1) : text;
    }

    private static RejectedException duplicate(String key) {
        String name = key != null && key.matches("[A-Za-z0-9_]{1,40}") ? key : "a parameter";
        return new RejectedException(GatewayError.DUPLICATE_PARAMETER, "VNPay parameter " + name + " occurs more than once");
    }
}
