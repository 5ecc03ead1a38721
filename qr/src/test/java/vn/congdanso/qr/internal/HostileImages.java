package vn.congdanso.qr.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * PNG files that are small on disk and huge in pixels, written at test time row by row, so that
 * the test never holds the pixels: every row is black.
 */
public final class HostileImages {

    /** PNG colour types. */
    public static final int GREY = 0;
    public static final int RGBA = 6;

    private HostileImages() {
    }

    /** A PNG of {@code width × height} pixels of the given colour type and bit depth. */
    public static byte[] png(int width, int height, int colourType, int bitDepth) throws IOException {
        int channels = colourType == RGBA ? 4 : 1;
        byte[] row = new byte[1 + (int) ((long) width * channels * bitDepth / 8)];
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (OutputStream deflate = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream fields = new DataOutputStream(header);
        fields.writeInt(width);
        fields.writeInt(height);
        fields.write(new byte[] {(byte) bitDepth, (byte) colourType, 0, 0, 0});
        chunk(file, "IHDR", header.toByteArray());
        chunk(file, "IDAT", idat.toByteArray());
        chunk(file, "IEND", new byte[0]);
        return file.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream file, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(file);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
