package vn.congdanso.payments.vnpay;

import java.util.Map;
import java.util.Optional;

/** The parameters of one VNPay call and the canonical string VNPay signed over them. */
interface SignedParameters {

    /** The canonical string's bytes, as signed. */
    byte[] canonical();

    /** The received {@code vnp_SecureHash}, when present and non-empty. */
    Optional<String> secureHash();

    /** The position of {@code key} when it is present with a non-empty value, else -1. */
    int find(String key);

    /**
     * {@link #find(String)}, hinting that the key, if present, comes after {@code hint}, a
     * position {@code find} returned for an earlier key in sort order.
     */
    default int find(String key, int hint) {
        return find(key);
    }

    /** The decoded value at a position {@link #find(String)} returned. */
    String valueAt(int index);

    /**
     * The value at a position {@link #find(String)} returned, for fields that must be plain
     * digits: possibly a view of the received text, which differs from the decoded value only
     * where a digits check rejects both.
     */
    default CharSequence digitsAt(int index) {
        return valueAt(index);
    }

    /** The decoded value of {@code key}, when present and non-empty. */
    default Optional<String> get(String key) {
        int index = find(key);
        return index < 0 ? Optional.empty() : Optional.of(valueAt(index));
    }

    /** Every parameter, decoded, including the hash. */
    Map<String, String> asMap();
}
