package vn.congdanso.identity.chip;

import java.util.Arrays;

import static java.util.Objects.requireNonNull;

/**
 * The face image of DG2 (ISO/IEC 19794-5): the encoded image and the header metadata. Personal
 * data: {@link #toString()} shows only the format and the size.
 */
public final class FaceImage {

    /** How the image is encoded. */
    public enum Format {
        /** JPEG (image data type 0). */
        JPEG,
        /** JPEG 2000 (image data type 1). */
        JPEG_2000
    }

    /**
     * The ISO/IEC 19794-5 facial information and image information, as coded there (0 is
     * "unspecified" throughout).
     *
     * @param gender 0 unspecified, 1 male, 2 female, 0xFF unknown
     * @param eyeColour the eye colour code
     * @param hairColour the hair colour code
     * @param expression the expression code
     * @param faceImageType 0 basic, 1 full frontal, 2 token frontal
     * @param width the width in pixels
     * @param height the height in pixels
     * @param colourSpace the colour space code
     * @param sourceType the source type code
     * @param quality the quality value
     */
    public record Metadata(int gender, int eyeColour, int hairColour, int expression, int faceImageType, int width,
            int height, int colourSpace, int sourceType, int quality) {
    }

    private final Format format;
    private final Metadata metadata;
    private final byte[] image;

    /** A face image; the bytes are copied. */
    public FaceImage(Format format, Metadata metadata, byte[] image) {
        this.format = requireNonNull(format, "format == null");
        this.metadata = requireNonNull(metadata, "metadata == null");
        this.image = requireNonNull(image, "image == null").clone();
    }

    /** JPEG or JPEG 2000. */
    public Format format() {
        return format;
    }

    /** The header metadata. */
    public Metadata metadata() {
        return metadata;
    }

    /** A copy of the encoded image. Personal data. */
    public byte[] image() {
        return image.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FaceImage that && format == that.format && metadata.equals(that.metadata)
                && Arrays.equals(image, that.image);
    }

    @Override
    public int hashCode() {
        return 31 * metadata.hashCode() + Arrays.hashCode(image);
    }

    /** Format, dimensions and size only. */
    @Override
    public String toString() {
        return "FaceImage[" + format + ", " + metadata.width() + "x" + metadata.height() + ", " + image.length + " bytes]";
    }
}
