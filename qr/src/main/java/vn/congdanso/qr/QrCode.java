package vn.congdanso.qr;

import java.util.BitSet;

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
