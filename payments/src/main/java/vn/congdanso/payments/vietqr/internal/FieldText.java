package vn.congdanso.payments.vietqr.internal;

import vn.congdanso.core.text.VietnameseText;

/** Text for ASCII-only VietQR fields: folded to printable ASCII, cut to a maximum length. */
public final class FieldText {

    private FieldText() {
    }

    /**
     * {@code text} without diacritics and without characters that have no ASCII form, trimmed,
     * and cut to {@code max} characters.
     *
     * @param text      what the caller gave
     * @param dropped   whether characters other than diacritics were removed
     * @param truncated whether the text was cut to {@code max}
     */
    public record Folded(String text, boolean dropped, boolean truncated) {
    }

    /** Folds and truncates {@code text}, reporting what was lost. */
    public static Folded fold(String text, int max) {
        if (isPlainAscii(text) && text.length() <= max) {
            return new Folded(text, false, false);
        }
        String stripped = VietnameseText.stripDiacritics(VietnameseText.nfc(text)).strip();
        String folded = VietnameseText.foldToAscii(stripped).strip();
        boolean dropped = folded.length() != stripped.length();
        boolean truncated = folded.length() > max;
        return new Folded(truncated ? folded.substring(0, max).strip() : folded, dropped, truncated);
    }

    private static boolean isPlainAscii(String text) {
        if (text.isEmpty() || text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }
}
