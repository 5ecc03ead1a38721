package vn.congdanso.identity.mrz;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;

import static java.util.Objects.requireNonNull;

/**
 * The Basic Access Control keys of an eMRTD chip (ICAO 9303 part 11): the MRZ information
 * (document number, birth date and expiry, each with its check digit), K_seed = the first 16
 * bytes of its SHA-1, and K_enc / K_mac = the first 16 bytes of SHA-1(K_seed ‖ counter 1 / 2)
 * with every byte adjusted to odd (DES) parity, as two-key 3DES keys.
 *
 * <p>Immutable and thread-safe. The keys are {@link Secret}s and {@link #toString()} shows nothing:
 * they open the chip of the card they came from.
 */
public final class ChipAccessKeys {

    private static final int KEY_LENGTH = 16;
    private static final int ENC_COUNTER = 1;
    private static final int MAC_COUNTER = 2;

    private final String mrzInformation;
    private final Secret seed;
    private final Secret encryptionKey;
    private final Secret macKey;

    private ChipAccessKeys(String mrzInformation, byte[] seed) {
        this.mrzInformation = mrzInformation;
        this.seed = Secret.ofBytes(seed);
        this.encryptionKey = Secret.ofBytes(derive(seed, ENC_COUNTER));
        this.macKey = Secret.ofBytes(derive(seed, MAC_COUNTER));
    }

    /**
     * Derives the keys from the document number as printed in the MRZ (fillers kept or not; it is
     * padded with {@code <} to nine characters) and the two {@code YYMMDD} dates. Rejects
     * characters outside A–Z, 0–9 and {@code <}, or dates that are not six characters, with
     * {@link CoreError#BAD_ARGUMENT}.
     */
    public static ChipAccessKeys derive(String documentNumber, String birthDate, String expiryDate) {
        requireNonNull(documentNumber, "documentNumber == null");
        requireNonNull(birthDate, "birthDate == null");
        requireNonNull(expiryDate, "expiryDate == null");
        String number = pad(documentNumber);
        requireMrzText(number, "documentNumber", 9, 35);
        requireMrzText(birthDate, "birthDate", 6, 6);
        requireMrzText(expiryDate, "expiryDate", 6, 6);
        String information = number + CheckDigit.charOf(number) + birthDate + CheckDigit.charOf(birthDate)
                + expiryDate + CheckDigit.charOf(expiryDate);
        byte[] digest = sha1(information.getBytes(StandardCharsets.US_ASCII));
        return new ChipAccessKeys(information, Arrays.copyOf(digest, KEY_LENGTH));
    }

    /** The MRZ information the keys are derived from. Personal data. */
    public String mrzInformation() {
        return mrzInformation;
    }

    /** K_seed, 16 bytes. */
    public Secret seed() {
        return seed;
    }

    /** K_enc, 16 bytes with DES parity. */
    public Secret encryptionKey() {
        return encryptionKey;
    }

    /** K_mac, 16 bytes with DES parity. */
    public Secret macKey() {
        return macKey;
    }

    /** Never shows the keys or the MRZ information. */
    @Override
    public String toString() {
        return "ChipAccessKeys[redacted]";
    }

    private static byte[] derive(byte[] seed, int counter) {
        byte[] input = ByteBuffer.allocate(seed.length + 4).put(seed).putInt(counter).array();
        byte[] key = Arrays.copyOf(sha1(input), KEY_LENGTH);
        for (int i = 0; i < key.length; i++) {
            key[i] = withOddParity(key[i]);
        }
        return key;
    }

    static byte withOddParity(byte b) {
        int upperSeven = b & 0xFE;
        return (byte) (Integer.bitCount(upperSeven) % 2 == 0 ? upperSeven | 1 : upperSeven);
    }

    private static byte[] sha1(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-1", e);
        }
    }

    private static String pad(String documentNumber) {
        StringBuilder padded = new StringBuilder(documentNumber);
        while (padded.length() < 9) {
            padded.append('<');
        }
        return padded.toString();
    }

    private static void requireMrzText(String value, String name, int minLength, int maxLength) {
        if (value.length() < minLength || value.length() > maxLength) {
            throw new RejectedException(CoreError.BAD_ARGUMENT,
                    name + " must have " + (minLength == maxLength ? minLength : minLength + " to " + maxLength) + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (CheckDigit.valueOf(value.charAt(i)) < 0) {
                throw RejectedException.atOffset(CoreError.BAD_ARGUMENT, name + " has only A-Z, 0-9 and <", i);
            }
        }
    }
}
