package vn.congdanso.qr;

import java.util.BitSet;

import com.google.zxing.common.BitMatrix;

import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/**
 * An encoded QR symbol: a square of dark and light modules, without quiet zone. Immutable and
 * thread-safe; obtained from {@link QrEncoder#encode(String)} and rendered by {@link QrImage}.
 */
public final class QrCode {

    private final int version;
    private final int size;
    private final ErrorCorrection errorCorrection;
    private final boolean eci;
    private final BitSet dark;

    QrCode(int version, int size, ErrorCorrection errorCorrection, boolean eci, BitSet dark) {
        this.version = version;
        this.size = size;
        this.errorCorrection = requireNonNull(errorCorrection, "errorCorrection == null");
        this.eci = eci;
        this.dark = (BitSet) dark.clone();
    }

    /**
     * A symbol that zxing encoded elsewhere, for rendering with {@link QrImage}: a square
     * {@code matrix} of {@code 17 + 4 × version} modules without quiet zone, as
     * {@code com.google.zxing.qrcode.encoder.Encoder} produces. A bare matrix does not say whether
     * it holds an ECI segment, so {@link #eci()} is false. Rejects other shapes with
     * {@link QrError#INVALID_OPTION}.
     */
    public static QrCode fromBitMatrix(BitMatrix matrix, ErrorCorrection errorCorrection) {
        requireNonNull(matrix, "matrix == null");
        int size = matrix.getWidth();
        if (matrix.getHeight() != size || size < 21 || size > 177 || (size - 17) % 4 != 0) {
            throw new RejectedException(QrError.INVALID_OPTION, "a QR matrix is square with 17 + 4 × version"
                    + " modules a side (21 to 177); got " + size + "×" + matrix.getHeight());
        }
        BitSet dark = new BitSet(size * size);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                dark.set(y * size + x, matrix.get(x, y));
            }
        }
        return new QrCode((size - 17) / 4, size, errorCorrection, false, dark);
    }

    /** The symbol version, 1 to 40. */
    public int version() {
        return version;
    }

    /** Modules per side ({@code 17 + 4 × version}), without quiet zone. */
    public int size() {
        return size;
    }

    /** The error-correction level the symbol was encoded at. */
    public ErrorCorrection errorCorrection() {
        return errorCorrection;
    }

    /** Whether the symbol declares its charset (UTF-8) with an ECI segment: true exactly for non-ASCII text. */
    public boolean eci() {
        return eci;
    }

    /**
     * Whether the module at column {@code x}, row {@code y} (from the top left, zero-based) is
     * dark. Coordinates outside the symbol lie in the quiet zone and are light.
     */
    public boolean isDark(int x, int y) {
        return x >= 0 && y >= 0 && x < size && y < size && dark.get(y * size + x);
    }

    @Override
    public String toString() {
        return "QrCode[version=" + version + ", size=" + size + ", errorCorrection=" + errorCorrection
                + ", eci=" + eci + "]";
    }
}
