package vn.congdanso.qr.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.BitSource;
import com.google.zxing.common.CharacterSetECI;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.common.StringUtils;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;

import vn.congdanso.qr.DecodedQr;
import vn.congdanso.qr.ErrorCorrection;

/**
 * Runs zxing's QR reader on one treated image and applies the SDK's charset policy: honour an
 * ECI; without one, UTF-8 when the byte data is valid UTF-8, else zxing's guess. A fresh
 * reader per call keeps it thread-safe; zxing failures of any kind count as "not found".
 */
public final class ZxingReader {

    private static final Map<DecodeHintType, Object> UTF8 = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
    private static final Map<DecodeHintType, Object> GUESS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    private static final int MODE_ECI = 0b0111;
    private static final int MODE_STRUCTURED_APPEND = 0b0011;

    private ZxingReader() {
    }

    /**
     * The code {@code strategy} finds in {@code image}, if any. Only the outline-grid path, made
     * of several passes, checks {@code expired} between them.
     */
    public static Optional<DecodedQr> read(Luma image, Strategy strategy, BooleanSupplier expired) {
        Luma prepared = strategy.prepare().apply(image);
        if (strategy.kind() == Strategy.Kind.OUTLINE_GRID) {
            return GridReader.read(prepared, strategy.name(), expired);
        }
        BinaryBitmap bitmap = bitmap(prepared, strategy.kind() == Strategy.Kind.HYBRID);
        return withCharsetPolicy(hints -> decode(bitmap, hints), strategy.name());
    }

    /**
     * Decodes with the UTF-8 hint and, when the symbol declares no ECI and its bytes are not
     * UTF-8, again with zxing's charset guess.
     */
    static Optional<DecodedQr> withCharsetPolicy(Function<Map<DecodeHintType, Object>, Optional<Result>> decoder,
            String name) {
        Optional<Result> result = decoder.apply(UTF8);
        if (result.isEmpty()) {
            return Optional.empty();
        }
        if (declaresEci(result.get()) || validUtf8(byteSegments(result.get()))) {
            return Optional.of(toDecoded(result.get(), name));
        }
        return decoder.apply(GUESS).map(guessed -> toDecoded(guessed, name));
    }

    /** Every distinct code zxing's multi-reader finds in {@code image} with the given binarizer. */
    public static List<DecodedQr> readAll(Luma image, boolean hybrid, String name) {
        BinaryBitmap bitmap = bitmap(image, hybrid);
        List<Result> results = decodeMultiple(bitmap, UTF8);
        Map<String, DecodedQr> distinct = new LinkedHashMap<>();
        for (Result result : results) {
            Result chosen = result;
            if (!declaresEci(result) && !validUtf8(byteSegments(result))) {
                chosen = decode(bitmap, GUESS).filter(g -> samePlace(g, result)).orElse(result);
            }
            DecodedQr decoded = toDecoded(chosen, name);
            distinct.putIfAbsent(decoded.text(), decoded);
        }
        return List.copyOf(distinct.values());
    }

    private static boolean samePlace(Result a, Result b) {
        return a.getResultPoints().length > 0 && b.getResultPoints().length > 0
                && a.getResultPoints()[0].equals(b.getResultPoints()[0]);
    }

    private static BinaryBitmap bitmap(Luma image, boolean hybrid) {
        LuminanceSource source = new PlanarYUVLuminanceSource(image.pixels(), image.width(), image.height(),
                0, 0, image.width(), image.height(), false);
        return new BinaryBitmap(hybrid ? new HybridBinarizer(source) : new GlobalHistogramBinarizer(source));
    }

    private static Optional<Result> decode(BinaryBitmap bitmap, Map<DecodeHintType, Object> hints) {
        try {
            return Optional.of(new QRCodeReader().decode(bitmap, hints));
        } catch (ReaderException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<Result> decodeMultiple(BinaryBitmap bitmap, Map<DecodeHintType, Object> hints) {
        try {
            return List.of(new QRCodeMultiReader().decodeMultiple(bitmap, hints));
        } catch (ReaderException | RuntimeException e) {
            return List.of();
        }
    }

    private static DecodedQr toDecoded(Result result, String strategy) {
        boolean eci = declaresEci(result);
        List<byte[]> segments = byteSegments(result);
        Optional<Charset> charset;
        if (eci) {
            charset = eciCharset(result.getRawBytes());
        } else if (segments.isEmpty()) {
            charset = Optional.empty();
        } else if (validUtf8(segments)) {
            charset = Optional.of(StandardCharsets.UTF_8);
        } else {
            charset = Optional.ofNullable(StringUtils.guessCharset(concat(segments), GUESS));
        }
        return new DecodedQr(result.getText(), errorCorrection(result), eci, charset, strategy);
    }

    private static Optional<ErrorCorrection> errorCorrection(Result result) {
        Object level = metadata(result, ResultMetadataType.ERROR_CORRECTION_LEVEL);
        if (level == null) {
            return Optional.empty();
        }
        for (ErrorCorrection candidate : ErrorCorrection.values()) {
            if (candidate.name().equals(level.toString())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** zxing reports an ECI in the symbology identifier: {@code ]Q2}, {@code ]Q4} or {@code ]Q6}. */
    private static boolean declaresEci(Result result) {
        Object id = metadata(result, ResultMetadataType.SYMBOLOGY_IDENTIFIER);
        return id != null && id.toString().matches("]Q[246]");
    }

    private static Optional<Charset> eciCharset(byte[] data) {
        if (data == null) {
            return Optional.empty();
        }
        try {
            BitSource bits = new BitSource(data);
            int mode = bits.readBits(4);
            if (mode == MODE_STRUCTURED_APPEND) {
                bits.readBits(16);
                mode = bits.readBits(4);
            }
            if (mode != MODE_ECI) {
                return Optional.empty();
            }
            CharacterSetECI eci = CharacterSetECI.getCharacterSetECIByValue(eciValue(bits));
            return eci == null ? Optional.empty() : Optional.of(eci.getCharset());
        } catch (ReaderException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int eciValue(BitSource bits) {
        int first = bits.readBits(8);
        if ((first & 0x80) == 0) {
            return first & 0x7F;
        }
        if ((first & 0xC0) == 0x80) {
            return ((first & 0x3F) << 8) | bits.readBits(8);
        }
        return ((first & 0x1F) << 16) | bits.readBits(16);
    }

    @SuppressWarnings("unchecked")
    private static List<byte[]> byteSegments(Result result) {
        Object segments = metadata(result, ResultMetadataType.BYTE_SEGMENTS);
        return segments instanceof List<?> list ? (List<byte[]>) list : List.of();
    }

    private static Object metadata(Result result, ResultMetadataType type) {
        Map<ResultMetadataType, Object> metadata = result.getResultMetadata();
        return metadata == null ? null : metadata.get(type);
    }

    private static boolean validUtf8(List<byte[]> segments) {
        for (byte[] segment : segments) {
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(segment));
            } catch (CharacterCodingException e) {
                return false;
            }
        }
        return true;
    }

    private static byte[] concat(List<byte[]> segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        segments.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
