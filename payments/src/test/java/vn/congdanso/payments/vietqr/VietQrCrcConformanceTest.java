package vn.congdanso.payments.vietqr;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;
import vn.congdanso.payments.emv.EmvError;
import vn.congdanso.payments.emv.EmvPayload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The CRC (ID 63) covers the payload exactly as written: text that is not in NFC is hashed as
 * received, never as its normalised copy, while lengths and decoded values use the NFC form.
 */
class VietQrCrcConformanceTest {

    private static final String HEAD = "000201010212";
    private static final String NAPAS = "38570010A00000072701270006970403011300110123456780208QRIBFTTA";
    private static final String TAIL = "5303704" + "5802VN";
    private static final String OHM_SIGN = "Shop \u2126";
    private static final String NFD_NAME = "Nguye\u0302\u0303n Va\u0306n A";

    @Test
    void acceptsAGenuinePayloadWhoseCrcCoversTheOhmSignAsWritten() {
        String given = crcOverGiven(altLanguage(OHM_SIGN));
        VietQr qr = VietQr.parse(given);
        assertThat(qr.alternateLanguage()).containsEntry("01", "Shop \u03A9");
        assertThat(qr.toPayload()).isEqualTo(given);
        assertThat(VietQr.parseLenient(given).toPayload()).isEqualTo(given);
    }

    @Test
    void rejectsAPayloadWhoseCrcCoversTheNfcFormOfTheOhmSign() {
        assertCrcMismatch(() -> VietQr.parse(crcOverNfc(altLanguage(OHM_SIGN))));
        assertCrcMismatch(() -> VietQr.parseLenient(crcOverNfc(altLanguage(OHM_SIGN))));
    }

    @Test
    void rejectsDecomposedVietnameseInTheAlternateLanguageTemplateHashedAsNfc() {
        assertCrcMismatch(() -> VietQr.parse(crcOverNfc(altLanguage(NFD_NAME))));
        VietQr qr = VietQr.parse(crcOverGiven(altLanguage(NFD_NAME)));
        assertThat(qr.alternateLanguage()).containsEntry("01", "Nguyễn Văn A");
    }

    @Test
    void rejectsDecomposedVietnameseInThePurposeHashedAsNfc() {
        String purpose = HEAD + NAPAS + TAIL + tlvNfc("62", tlvNfc("08", "thanh toa\u0301n"));
        assertCrcMismatch(() -> VietQr.parseLenient(crcOverNfc(purpose)));
        VietQr qr = VietQr.parseLenient(crcOverGiven(purpose));
        assertThat(qr.purpose()).contains("thanh toán");
        assertThat(qr.strictViolations()).containsExactly(VietQrRule.NON_ASCII);
    }

    @Test
    void keepsAnNfcPayloadByteForByte() {
        String given = crcOverGiven(altLanguage("Nguyễn Văn A"));
        assertThat(EmvPayload.parse(given).encode()).isEqualTo(given);
        assertThat(crcOverNfc(altLanguage("Nguyễn Văn A"))).isEqualTo(given);
    }

    static String altLanguage(String name) {
        return HEAD + NAPAS + TAIL + tlvNfc("64", tlvNfc("00", "vi") + tlvNfc("01", name));
    }

    /** A data object whose length counts the code points of the NFC form of {@code value}. */
    static String tlvNfc(String id, String value) {
        String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
        int length = nfc.codePointCount(0, nfc.length());
        return id + (length < 10 ? "0" : "") + length + value;
    }

    /** {@code body}, {@code 6304} and the CRC-16/CCITT-FALSE of the UTF-8 bytes of that text. */
    static String crcOverGiven(String body) {
        String head = body + "6304";
        return head + crcOfUtf8(head);
    }

    /** {@code body}, {@code 6304} and a CRC computed over the NFC form instead of the text as written. */
    static String crcOverNfc(String body) {
        String head = body + "6304";
        return head + crcOfUtf8(Normalizer.normalize(head, Normalizer.Form.NFC));
    }

    /** CRC-16/CCITT-FALSE, bit by bit over the UTF-8 bytes, independent of the production CRC code. */
    static String crcOfUtf8(String text) {
        int crc = 0xFFFF;
        for (byte octet : text.getBytes(StandardCharsets.UTF_8)) {
            crc ^= (octet & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1 ^ 0x1021) & 0xFFFF : crc << 1 & 0xFFFF;
            }
        }
        return String.format("%04X", crc);
    }

    private static void assertCrcMismatch(org.assertj.core.api.ThrowableAssert.ThrowingCallable parse) {
        assertThatThrownBy(parse).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(EmvError.CRC_MISMATCH));
    }
}
