package vn.congdanso.qr;

import vn.congdanso.core.ErrorCode;

/** Failure reasons of QR encoding, rendering and reading. */
public enum QrError implements ErrorCode {
    /** The text to encode was empty. */
    EMPTY_TEXT,
    /** The text to encode held a lone UTF-16 surrogate, which no charset can carry. */
    BAD_TEXT,
    /** The text does not fit the largest QR symbol (version 40) at the chosen error correction. */
    TEXT_TOO_LONG,
    /** A rendering or decoding option was out of range (scale, quiet zone, colour, time budget). */
    BAD_OPTION,
    /** The image to render or to read would exceed the configured maximum number of pixels. */
    IMAGE_TOO_LARGE,
    /** The bytes are not an image in a format the platform reads (PNG, JPEG, GIF, BMP), or are corrupt. */
    UNREADABLE_IMAGE,
    /**
     * The image's shape cannot hold a QR code: a side shorter than 21 pixels, or sides in a ratio
     * beyond 64:1. Checked from the header, before any pixel is decoded.
     */
    BAD_IMAGE_SHAPE,
    /** The image is in a colour space the decoder does not read, such as CMYK (from print workflows). */
    UNSUPPORTED_COLOR_SPACE,
    /**
     * Reading image files needs the {@code java.desktop} module, which this module requires only
     * optionally: an app on the module path adds {@code requires java.desktop}. Not retryable.
     */
    MISSING_IMAGE_SUPPORT,
    /** No QR code could be read from the image within the time budget. */
    NOT_FOUND;

    /** {@code "qr"}. */
    @Override
    public String namespace() {
        return "qr";
    }
}
