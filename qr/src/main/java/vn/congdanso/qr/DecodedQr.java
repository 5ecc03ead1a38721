package vn.congdanso.qr;

import java.nio.charset.Charset;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A QR code read from an image.
 *
 * @param text            the decoded text
 * @param errorCorrection the symbol's error-correction level, when the reader reported it
 * @param eci             whether the symbol declared its charset with an ECI segment
 * @param charset         the charset its byte data was decoded with: the declared one when
 *                        {@code eci}, otherwise UTF-8 when the bytes are valid UTF-8, otherwise
 *                        the charset guessed from the bytes; empty when the symbol holds no
 *                        byte data (digits and upper-case letters only) or the declared charset
 *                        could not be told
 * @param strategy        the image treatment that found the code, for example {@code "hybrid"}
 *                        or {@code "global-histogram, ×2"}: diagnostics, not a stable contract
 */
public record DecodedQr(String text, Optional<ErrorCorrection> errorCorrection, boolean eci,
                        Optional<Charset> charset, String strategy) {

    /** Checks that no component is null. */
    public DecodedQr {
        requireNonNull(text, "text == null");
        requireNonNull(errorCorrection, "errorCorrection == null");
        requireNonNull(charset, "charset == null");
        requireNonNull(strategy, "strategy == null");
    }

    /** The decoded text's length only (it may hold an ID card's personal data), safe to log. */
    @Override
    public String toString() {
        return "DecodedQr[" + text.length() + " chars, errorCorrection=" + errorCorrection.map(Object::toString).orElse("-")
                + ", eci=" + eci + ", strategy=" + strategy + "]";
    }
}
