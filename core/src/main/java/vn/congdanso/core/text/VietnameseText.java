package vn.congdanso.core.text;

import java.text.Normalizer;
import java.util.Locale;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/**
 * Vietnamese text as gateways, QR codes and search need it. Every method is pure and
 * thread-safe; none returns null.
 */
public final class VietnameseText {

    /** The Vietnamese locale, for case mapping and collation. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private VietnameseText() {
    }

    /** The text in Unicode NFC, the form Vietnamese text must be compared and counted in. */
    public static String nfc(String text) {
        requireNonNull(text, "text == null");
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Removes every diacritic (tone marks, breve, circumflex, horn) and maps đ/Đ to d/D, keeping
     * any other character: {@code "Phú Thọ – 120.000 ₫"} becomes {@code "Phu Tho – 120.000 ₫"}.
     */
    public static String stripDiacritics(String text) {
        requireNonNull(text, "text == null");
        if (isAscii(text)) {
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * {@link #stripDiacritics(String)}, then drops whatever is still not printable ASCII (symbols
     * such as ₫, emoji, control characters), for wire fields that accept ASCII only:
     * {@code "Lệ phí hộ tịch ₫"} becomes {@code "Le phi ho tich "}.
     */
    public static String foldToAscii(String text) {
        String stripped = stripDiacritics(text);
        if (isPrintableAscii(stripped)) {
            return stripped;
        }
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A key for diacritic- and case-insensitive matching: folded to ASCII, lower case, single spaces. */
    public static String searchKey(String text) {
        return foldToAscii(text).toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    /**
     * At most {@code maxCodePoints} code points of the NFC form of {@code text}, never splitting a
     * surrogate pair or separating a letter from its combining marks. Returns the text itself
     * when it already fits.
     */
    public static String truncate(String text, int maxCodePoints) {
        if (maxCodePoints < 0) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "maxCodePoints must not be negative");
        }
        String normalized = nfc(text);
        if (normalized.codePointCount(0, normalized.length()) <= maxCodePoints) {
            return normalized;
        }
        int end = normalized.offsetByCodePoints(0, maxCodePoints);
        while (end > 0 && isCombining(normalized.codePointAt(end))) {
            end = normalized.offsetByCodePoints(end, -1);
        }
        return normalized.substring(0, end);
    }

    /** The number of code points of the NFC form: what VietQR and EMVCo length fields count. */
    public static int length(String text) {
        String normalized = nfc(text);
        return normalized.codePointCount(0, normalized.length());
    }

    /** Upper case under Vietnamese rules. */
    public static String toUpperCase(String text) {
        return nfc(text).toUpperCase(VIETNAMESE);
    }

    /** Lower case under Vietnamese rules. */
    public static String toLowerCase(String text) {
        return nfc(text).toLowerCase(VIETNAMESE);
    }

    /** Whether every character is in the 7-bit ASCII range. */
    public static boolean isAscii(CharSequence text) {
        requireNonNull(text, "text == null");
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPrintableAscii(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCombining(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
