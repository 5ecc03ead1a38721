package vn.congdanso.qr;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.internal.ImageLoader;
import vn.congdanso.qr.internal.Luma;
import vn.congdanso.qr.internal.Strategies;
import vn.congdanso.qr.internal.Strategy;
import vn.congdanso.qr.internal.ZxingReader;

import static java.util.Objects.requireNonNull;

/**
 * Reads QR codes from images: files (PNG, JPEG, GIF, BMP) or raw luminance. Immutable and thread-safe; share one instance.
 *
 * <p>Phone photos defeat any single method, so the decoder tries several in turn (zxing's hybrid
 * and global-histogram binarizers, contrast stretching, rotations, halved and doubled copies,
 * the negative) and stops at the first that reads a code. Behind them comes a second, structurally
 * different detection path: finder outlines fitted from grey edges, a homography from the
 * symbol's four corners, several candidate grids and modules read against local thresholds; it
 * returns a text only when error correction had a wide margin left, so that it cannot return a
 * miscorrected symbol. No new attempt starts once the
 * {@linkplain Builder#timeBudget(Duration) time budget} of the call is spent (reading and decoding
 * the file count against it); the attempt under way finishes, so a call may overrun the budget by
 * one attempt.
 *
 * <p>Image files are read for the samples they hold (8- and 16-bit grey, with or without alpha,
 * palettes, 8- and 16-bit RGB(A), grey and colour JPEG), not through a conversion to sRGB. Their
 * dimensions are checked from the header before any pixel is decoded, and photos of more than
 * four megapixels are decoded subsampled (every n-th pixel of every n-th row), so that working
 * memory stays a small multiple of four million pixels whatever the file declares. Shapes that
 * cannot hold a code (a side under 21 pixels, sides beyond 64:1) are refused from the header.
 *
 * <p>Charset: an ECI in the symbol is honoured; without one, byte data that is valid UTF-8 is
 * read as UTF-8, anything else as the charset zxing guesses (Shift_JIS or ISO-8859-1).
 */
public final class QrDecoder {

    /** Image files larger than this are refused before they are read. */
    private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    private static final QrDecoder STANDARD = builder().build();

    private final long budgetNanos;
    private final boolean rotations;
    private final boolean rescaling;
    private final boolean inversion;
    private final long maxPixels;
    private final LongSupplier nanoTime;

    private QrDecoder(Builder builder) {
        this.budgetNanos = builder.timeBudget.toNanos();
        this.rotations = builder.rotations;
        this.rescaling = builder.rescaling;
        this.inversion = builder.inversion;
        this.maxPixels = builder.maxPixels;
        this.nanoTime = builder.nanoTime;
    }

    /** The robust decoder: every strategy, a time budget of one second per image, at most 50 megapixels. */
    public static QrDecoder standard() {
        return STANDARD;
    }

    /** A builder starting from the settings of {@link #standard()}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The first QR code found in an image file's bytes.
     *
     * @throws RejectedException {@link QrError#UNREADABLE_IMAGE} when the bytes are no readable
     *         image, {@link QrError#IMAGE_TOO_LARGE} beyond the pixel limit,
     *         {@link QrError#BAD_IMAGE_SHAPE} for a side under 21 pixels or sides beyond 64:1,
     *         {@link QrError#MISSING_IMAGE_SUPPORT} on the module path without {@code java.desktop},
     *         {@link QrError#NOT_FOUND} when no code is read
     */
    public DecodedQr decode(byte[] imageFile) {
        long deadline = deadline();
        return decode(load(imageFile, deadline), deadline);
    }

    /**
     * The first QR code found in the image file at {@code path}.
     *
     * @throws RejectedException as {@link #decode(byte[])}; {@link QrError#UNREADABLE_IMAGE} also
     *         when the file cannot be read
     */
    public DecodedQr decode(Path path) {
        long deadline = deadline();
        return decode(load(readFile(path), deadline), deadline);
    }

    /**
     * The first QR code found in {@code image}.
     *
     * @throws RejectedException {@link QrError#IMAGE_TOO_LARGE}, {@link QrError#BAD_IMAGE_SHAPE},
     *         {@link QrError#NOT_FOUND}
     */
    public DecodedQr decode(LuminanceImage image) {
        requireNonNull(image, "image == null");
        return decode(luma(image), deadline());
    }

    /**
     * Every QR code found in an image file's bytes, each text once, in the order found.
     *
     * @throws RejectedException as {@link #decode(byte[])}; {@link QrError#NOT_FOUND} when none is read
     */
    public List<DecodedQr> decodeAll(byte[] imageFile) {
        long deadline = deadline();
        return decodeAll(load(imageFile, deadline), deadline);
    }

    /**
     * Every QR code found in the image file at {@code path}.
     *
     * @throws RejectedException as {@link #decode(Path)}
     */
    public List<DecodedQr> decodeAll(Path path) {
        long deadline = deadline();
        return decodeAll(load(readFile(path), deadline), deadline);
    }

    /**
     * Every QR code found in {@code image}.
     *
     * @throws RejectedException as {@link #decode(LuminanceImage)}
     */
    public List<DecodedQr> decodeAll(LuminanceImage image) {
        requireNonNull(image, "image == null");
        return decodeAll(luma(image), deadline());
    }

    private long deadline() {
        return nanoTime.getAsLong() + budgetNanos;
    }

    private boolean expired(long deadline) {
        return nanoTime.getAsLong() - deadline > 0;
    }

    private DecodedQr decode(Luma image, long deadline) {
        List<Strategy> plan = Strategies.plan(image.width(), image.height(), rotations, rescaling, inversion);
        for (int i = 0; i < plan.size(); i++) {
            if (expired(deadline)) {
                throw notFound("within the time budget");
            }
            Optional<DecodedQr> found = ZxingReader.read(image, plan.get(i), () -> expired(deadline));
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw notFound("with any strategy");
    }

    private List<DecodedQr> decodeAll(Luma image, long deadline) {
        List<DecodedQr> found = ZxingReader.readAll(image, true, "hybrid, all codes");
        if (found.isEmpty()) {
            found = ZxingReader.readAll(image, false, "global-histogram, all codes");
        }
        return found.isEmpty() ? List.of(decode(image, deadline)) : found;
    }

    private Luma luma(LuminanceImage image) {
        ImageLoader.checkDimensions(image.width(), image.height(), maxPixels);
        return new Luma(image.pixelsShared(), image.width(), image.height());
    }

    private Luma load(byte[] imageFile, long deadline) {
        requireNonNull(imageFile, "imageFile == null");
        return ImageLoader.read(imageFile, maxPixels, () -> expired(deadline));
    }

    private static byte[] readFile(Path path) {
        requireNonNull(path, "path == null");
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw new RejectedException(QrError.IMAGE_TOO_LARGE,
                        "the image file is larger than " + MAX_FILE_BYTES + " bytes");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new RejectedException(QrError.UNREADABLE_IMAGE, "the image file does not exist", e);
        } catch (AccessDeniedException e) {
            throw new RejectedException(QrError.UNREADABLE_IMAGE, "the image file cannot be read: access denied", e);
        } catch (IOException e) {
            throw new RejectedException(QrError.UNREADABLE_IMAGE, "cannot read the image file: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private static RejectedException notFound(String how) {
        return new RejectedException(QrError.NOT_FOUND, "no QR code could be read from the image " + how);
    }

    @Override
    public String toString() {
        return "QrDecoder[budget=" + Duration.ofNanos(budgetNanos) + ", rotations=" + rotations + ", rescaling="
                + rescaling + ", inversion=" + inversion + ", maxPixels=" + maxPixels + "]";
    }

    /** Configures a {@link QrDecoder}. Not thread-safe; the decoder it builds is. */
    public static final class Builder {

        private Duration timeBudget = Duration.ofSeconds(1);
        private boolean rotations = true;
        private boolean rescaling = true;
        private boolean inversion = true;
        private long maxPixels = 50_000_000L;
        private LongSupplier nanoTime = System::nanoTime;

        private Builder() {
        }

        /**
         * Time after which no new attempt starts on an image (default one second), 1 ms to 1 minute.
         *
         * @throws RejectedException {@link QrError#BAD_OPTION} outside that range
         */
        public Builder timeBudget(Duration timeBudget) {
            requireNonNull(timeBudget, "timeBudget == null");
            if (timeBudget.compareTo(Duration.ofMillis(1)) < 0 || timeBudget.compareTo(Duration.ofMinutes(1)) > 0) {
                throw new RejectedException(QrError.BAD_OPTION, "timeBudget must be between 1 ms and 1 minute");
            }
            this.timeBudget = timeBudget;
            return this;
        }

        /** Whether to retry the image turned by 90°, 180° and 270° (default true). */
        public Builder tryRotations(boolean rotations) {
            this.rotations = rotations;
            return this;
        }

        /** Whether to retry halved and doubled copies, and to try large photos shrunk first (default true). */
        public Builder tryRescaling(boolean rescaling) {
            this.rescaling = rescaling;
            return this;
        }

        /** Whether to retry the negative, for light codes on dark backgrounds (default true). */
        public Builder tryInversion(boolean inversion) {
            this.inversion = inversion;
            return this;
        }

        /**
         * The largest image, in pixels, to read (default 50 million); larger ones are refused
         * before their pixels are decoded.
         *
         * @throws RejectedException {@link QrError#BAD_OPTION} outside 1 to 500 million
         */
        public Builder maxPixels(long maxPixels) {
            Limits.check(maxPixels, 1, 500_000_000L, "maxPixels");
            this.maxPixels = maxPixels;
            return this;
        }

        Builder nanoTime(LongSupplier nanoTime) {
            this.nanoTime = requireNonNull(nanoTime, "nanoTime == null");
            return this;
        }

        /** The decoder. */
        public QrDecoder build() {
            return new QrDecoder(this);
        }
    }
}
