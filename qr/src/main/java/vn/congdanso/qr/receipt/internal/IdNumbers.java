package vn.congdanso.qr.receipt.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.receipt.ReceiptError;

/** The salted hash that stands in a receipt for the applicant's ID number. Stateless. */
public final class IdNumbers {

    /** Salt length in bytes. */
    public static final int SALT_BYTES = 8;
    /** Hash length in bytes: SHA-256 truncated to 128 bits, which keeps receipts inside QR version 13. */
    public static final int HASH_BYTES = 16;

    private IdNumbers() {
    }

    /** Whether {@code idNumber} is 12 digits (citizen ID card) or 9 digits (old identity card). */
    public static boolean isWellFormed(String idNumber) {
        if (idNumber == null || idNumber.length() != 12 && idNumber.length() != 9) {
            return false;
        }
        return idNumber.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * The first {@link #HASH_BYTES} bytes of SHA-256(salt ‖ ASCII ID number).
     *
     * @throws RejectedException {@link ReceiptError#BAD_ID_NUMBER} when the number is not well formed
     */
    public static byte[] hash(byte[] salt, String idNumber) {
        if (!isWellFormed(idNumber)) {
            throw new RejectedException(ReceiptError.BAD_ID_NUMBER, "ID number must be 9 or 12 digits");
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return java.util.Arrays.copyOf(sha256.digest(idNumber.getBytes(StandardCharsets.US_ASCII)), HASH_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
