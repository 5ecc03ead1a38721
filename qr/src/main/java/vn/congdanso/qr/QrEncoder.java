package vn.congdanso.qr;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.text.VietnameseText;

import static java.util.Objects.requireNonNull;

/**
 * Encodes text into a {@link QrCode}. Immutable and thread-safe.
 *
 * <p>Charset policy: pure-ASCII text (URLs, codes, Base45 payloads) is encoded as is, without an
 * ECI segment, so that every reader handles it. Text with any non-ASCII character is normalised
 * to Unicode NFC and encoded as UTF-8 behind an ECI segment that declares UTF-8, so that readers
 * do not guess another charset and show Vietnamese as mojibake.
 */
public final class QrEncoder {

    /** More characters than this never fit a QR symbol (7089 digits at level L). */
    private static final int MAX_CHARS = 7089;

    private static final QrEncoder STANDARD = builder().build();

    private final ErrorCorrection errorCorrection;

    private QrEncoder(Builder builder) {
        this.errorCorrection = builder.errorCorrection;
    }

    /** An encoder at error correction {@link ErrorCorrection#M}. */
    public static QrEncoder standard() {
        return STANDARD;
    }

    /** A builder starting from the defaults (error correction M). */
    public static Builder builder() {
        return new Builder();
    }

    /** The error-correction level of every symbol this encoder makes. */
    public ErrorCorrection errorCorrection() {
        return errorCorrection;
    }

    /**
     * Encodes {@code text} in the smallest symbol that holds it.
     *
     * @throws RejectedException {@link QrError#EMPTY_TEXT} for empty text,
     *         {@link QrError#BAD_TEXT} for text with a lone surrogate,
     *         {@link QrError#TEXT_TOO_LONG} when it does not fit version 40 at this level
     */
    public QrCode encode(String text) {
        requireNonNull(text, "text == null");
        if (text.isEmpty()) {
            throw new RejectedException(QrError.EMPTY_TEXT, "the text to encode is empty");
        }
        if (text.length() > MAX_CHARS) {
            throw tooLong(text.length());
        }
        rejectLoneSurrogates(text);
        boolean ascii = VietnameseText.isAscii(text);
        String content = ascii ? text : VietnameseText.nfc(text);
        Map<EncodeHintType, Object> hints = ascii
                ? Map.of()
                : Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        try {
            com.google.zxing.qrcode.encoder.QRCode encoded = Encoder.encode(content, level(), hints);
            ByteMatrix matrix = encoded.getMatrix();
            return new QrCode(encoded.getVersion().getVersionNumber(), matrix.getWidth(), errorCorrection, !ascii,
                    modules(matrix));
        } catch (WriterException e) {
            throw tooLong(content.length());
        }
    }

    private static RejectedException tooLong(int length) {
        return new RejectedException(QrError.TEXT_TOO_LONG,
                "a text of " + length + " characters does not fit a QR symbol at this error-correction level");
    }

    private static void rejectLoneSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw RejectedException.atOffset(QrError.BAD_TEXT,
                        "the text holds a lone UTF-16 surrogate, which cannot be encoded", i);
            }
        }
    }

    private static BitSet modules(ByteMatrix matrix) {
        int size = matrix.getWidth();
        BitSet dark = new BitSet(size * size);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (matrix.get(x, y) == 1) {
                    dark.set(y * size + x);
                }
            }
        }
        return dark;
    }

    private ErrorCorrectionLevel level() {
        return switch (errorCorrection) {
            case L -> ErrorCorrectionLevel.L;
            case M -> ErrorCorrectionLevel.M;
            case Q -> ErrorCorrectionLevel.Q;
            case H -> ErrorCorrectionLevel.H;
        };
    }

    @Override
    public String toString() {
        return "QrEncoder[errorCorrection=" + errorCorrection + "]";
    }

    /** Configures a {@link QrEncoder}. Not thread-safe; the encoder it builds is. */
    public static final class Builder {

        private ErrorCorrection errorCorrection = ErrorCorrection.M;

        private Builder() {
        }

        /** The error-correction level (default {@link ErrorCorrection#M}). */
        public Builder errorCorrection(ErrorCorrection errorCorrection) {
            this.errorCorrection = requireNonNull(errorCorrection, "errorCorrection == null");
            return this;
        }

        /** The encoder. */
        public QrEncoder build() {
            return new QrEncoder(this);
        }
    }
}
