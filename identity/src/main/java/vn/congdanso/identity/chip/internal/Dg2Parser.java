package vn.congdanso.identity.chip.internal;

import java.nio.ByteBuffer;
import java.util.Arrays;

import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.chip.ChipError;
import vn.congdanso.identity.chip.FaceImage;

/**
 * Reads DG2: tag 0x75, the biometric information group template 0x7F61, its first biometric
 * information template 0x7F60, and in it the biometric data block (0x5F2E or 0x7F2E) holding an
 * ISO/IEC 19794-5 facial record: header, facial information, feature points, image information,
 * then the JPEG or JPEG 2000 image.
 */
public final class Dg2Parser {

    /** The largest DG2 accepted. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final int TAG_DG2 = 0x75;
    private static final int TAG_GROUP = 0x7F61;
    private static final int TAG_TEMPLATE = 0x7F60;
    private static final int TAG_BLOCK = 0x5F2E;
    private static final int TAG_BLOCK_CONSTRUCTED = 0x7F2E;
    private static final int FORMAT_ID = 0x46414300;
    private static final int HEADER = 14;
    private static final int FACIAL_INFORMATION = 20;
    private static final int FEATURE_POINT = 8;
    private static final int IMAGE_INFORMATION = 12;

    private Dg2Parser() {
    }

    /** Parses {@code data}; refused with {@link ChipError#TOO_LARGE}, {@link ChipError#BAD_ASN1} or {@link ChipError#BAD_DG2}. */
    public static FaceImage parse(byte[] data) {
        if (data.length > MAX_BYTES) {
            throw new RejectedException(ChipError.TOO_LARGE, "DG2 has " + data.length + " bytes, at most " + MAX_BYTES);
        }
        Tlv template = Tlv.whole(data, TAG_DG2).child(TAG_GROUP).child(TAG_TEMPLATE);
        Tlv block = template.children().stream().filter(c -> c.tag() == TAG_BLOCK || c.tag() == TAG_BLOCK_CONSTRUCTED)
                .findFirst().orElseThrow(() -> bad("no biometric data block", template.valueOffset()));
        return facialRecord(ByteBuffer.wrap(data, block.valueOffset(), block.valueLength()).slice(), block.valueOffset());
    }

    private static FaceImage facialRecord(ByteBuffer record, int base) {
        need(record, HEADER + FACIAL_INFORMATION + IMAGE_INFORMATION, base);
        if (record.getInt() != FORMAT_ID) {
            throw bad("the facial record does not start with FAC", base);
        }
        record.position(HEADER);
        long blockLength = record.getInt() & 0xFFFFFFFFL;
        int points = record.getShort() & 0xFFFF;
        int gender = u8(record);
        int eyes = u8(record);
        int hair = u8(record);
        record.position(record.position() + 3);
        int expression = record.getShort() & 0xFFFF;
        record.position(HEADER + FACIAL_INFORMATION);
        long fixed = FACIAL_INFORMATION + (long) points * FEATURE_POINT + IMAGE_INFORMATION;
        if (blockLength < fixed || blockLength > record.limit() - HEADER) {
            throw bad("a facial block of " + blockLength + " bytes does not fit the " + (record.limit() - HEADER) + " present", base + HEADER);
        }
        record.position(record.position() + points * FEATURE_POINT);
        return image(record, base, (int) (blockLength - fixed), new Facial(gender, eyes, hair, expression));
    }

    /** The facial information fields carried into the metadata. */
    private record Facial(int gender, int eyes, int hair, int expression) {
    }

    private static FaceImage image(ByteBuffer record, int base, int imageLength, Facial facial) {
        int faceType = u8(record);
        int dataType = u8(record);
        int width = record.getShort() & 0xFFFF;
        int height = record.getShort() & 0xFFFF;
        int colourSpace = u8(record);
        int source = u8(record);
        record.getShort();
        int quality = record.getShort() & 0xFFFF;
        int start = record.position();
        byte[] image = Arrays.copyOfRange(record.array(), record.arrayOffset() + start, record.arrayOffset() + start + imageLength);
        FaceImage.Format format = format(dataType, image, base + start);
        return new FaceImage(format, new FaceImage.Metadata(facial.gender(), facial.eyes(), facial.hair(), facial.expression(), faceType, width,
                height, colourSpace, source, quality), image);
    }

    private static FaceImage.Format format(int dataType, byte[] image, int offset) {
        boolean jpeg = image.length >= 2 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8;
        boolean jp2 = image.length >= 4 && ((image[0] == 0 && image[1] == 0 && image[2] == 0 && image[3] == 0x0C)
                || ((image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0x4F));
        if (dataType == 0 && jpeg) {
            return FaceImage.Format.JPEG;
        }
        if (dataType == 1 && jp2) {
            return FaceImage.Format.JPEG_2000;
        }
        throw bad("image data type " + dataType + " does not match a JPEG or JPEG 2000 image", offset);
    }

    private static int u8(ByteBuffer buffer) {
        return buffer.get() & 0xFF;
    }

    private static void need(ByteBuffer buffer, int bytes, int base) {
        if (buffer.remaining() < bytes) {
            throw bad("a facial record of " + buffer.remaining() + " bytes, at least " + bytes + " expected", base);
        }
    }

    private static RejectedException bad(String message, int offset) {
        return RejectedException.atOffset(ChipError.BAD_DG2, message, offset);
    }
}
