package vn.congdanso.qr;

import java.util.regex.Pattern;

import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/**
 * How {@link QrImage#svg(QrCode, SvgOptions)} draws a symbol.
 *
 * @param scale       the width and height of one module in the SVG's user units (pixels), 1 to 100
 * @param quietZone   the light border, in modules, 0 to 40 (the standard asks for 4)
 * @param darkColor   the colour of dark modules, {@code #rgb} or {@code #rrggbb}
 * @param lightColor  the background colour, {@code #rgb}, {@code #rrggbb}, or {@code none} for a
 *                    transparent background
 */
public record SvgOptions(int scale, int quietZone, String darkColor, String lightColor) {

    private static final Pattern HEX_COLOR = Pattern.compile("#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?");
    private static final SvgOptions DEFAULTS = new SvgOptions(8, 4, "#000000", "#ffffff");

    /**
     * Validates the options.
     *
     * @throws RejectedException {@link QrError#BAD_OPTION} for a value out of range or a
     *         colour that is not a hex colour (nothing else can reach the SVG markup)
     */
    public SvgOptions {
        requireNonNull(darkColor, "darkColor == null");
        requireNonNull(lightColor, "lightColor == null");
        Limits.check(scale, 1, 100, "scale");
        Limits.check(quietZone, 0, 40, "quietZone");
        if (!HEX_COLOR.matcher(darkColor).matches()) {
            throw new RejectedException(QrError.BAD_OPTION, "darkColor must be #rgb or #rrggbb");
        }
        if (!lightColor.equals("none") && !HEX_COLOR.matcher(lightColor).matches()) {
            throw new RejectedException(QrError.BAD_OPTION, "lightColor must be #rgb, #rrggbb or none");
        }
    }

    /** Scale 8, quiet zone 4, black on white. */
    public static SvgOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures {@link SvgOptions}; each setter validates when {@link #build()} is called. */
    public static final class Builder {

        private int scale = DEFAULTS.scale();
        private int quietZone = DEFAULTS.quietZone();
        private String darkColor = DEFAULTS.darkColor();
        private String lightColor = DEFAULTS.lightColor();

        private Builder() {
        }

        /** Units per module, 1 to 100 (default 8). */
        public Builder scale(int scale) {
            this.scale = scale;
            return this;
        }

        /** Light border in modules, 0 to 40 (default 4). */
        public Builder quietZone(int quietZone) {
            this.quietZone = quietZone;
            return this;
        }

        /** Colour of dark modules (default {@code #000000}). */
        public Builder darkColor(String darkColor) {
            this.darkColor = requireNonNull(darkColor, "darkColor == null");
            return this;
        }

        /** Background colour, or {@code none} (default {@code #ffffff}). */
        public Builder lightColor(String lightColor) {
            this.lightColor = requireNonNull(lightColor, "lightColor == null");
            return this;
        }

        /**
         * The options.
         *
         * @throws RejectedException {@link QrError#BAD_OPTION} as {@link SvgOptions} does
         */
        public SvgOptions build() {
            return new SvgOptions(scale, quietZone, darkColor, lightColor);
        }
    }
}
