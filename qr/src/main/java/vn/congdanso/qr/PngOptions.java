package vn.congdanso.qr;

import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/**
 * How {@link QrImage#png(QrCode, PngOptions)} draws a symbol: black modules on white.
 *
 * @param scale     pixels per module, 1 to 100
 * @param quietZone the white border, in modules, 0 to 40 (the standard asks for 4)
 * @param depth     the PNG's pixel format
 */
public record PngOptions(int scale, int quietZone, Depth depth) {

    private static final PngOptions DEFAULTS = new PngOptions(8, 4, Depth.ONE_BIT);

    /** The grayscale pixel format of the PNG. */
    public enum Depth {
        /** One bit per pixel: the smallest file, read by every viewer. */
        ONE_BIT,
        /** Eight bits per pixel, for tools that expect 8-bit grayscale. */
        EIGHT_BIT
    }

    /**
     * Validates the options.
     *
     * @throws RejectedException {@link QrError#BAD_OPTION} for a value out of range
     */
    public PngOptions {
        requireNonNull(depth, "depth == null");
        Limits.check(scale, 1, 100, "scale");
        Limits.check(quietZone, 0, 40, "quietZone");
    }

    /** Scale 8, quiet zone 4, one bit per pixel. */
    public static PngOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures {@link PngOptions}; values are validated by {@link #build()}. */
    public static final class Builder {

        private int scale = DEFAULTS.scale();
        private int quietZone = DEFAULTS.quietZone();
        private Depth depth = DEFAULTS.depth();

        private Builder() {
        }

        /** Pixels per module, 1 to 100 (default 8). */
        public Builder scale(int scale) {
            this.scale = scale;
            return this;
        }

        /** White border in modules, 0 to 40 (default 4). */
        public Builder quietZone(int quietZone) {
            this.quietZone = quietZone;
            return this;
        }

        /** Pixel format (default {@link Depth#ONE_BIT}). */
        public Builder depth(Depth depth) {
            this.depth = requireNonNull(depth, "depth == null");
            return this;
        }

        /**
         * The options.
         *
         * @throws RejectedException {@link QrError#BAD_OPTION} as {@link PngOptions} does
         */
        public PngOptions build() {
            return new PngOptions(scale, quietZone, depth);
        }
    }
}
