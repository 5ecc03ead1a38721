package vn.congdanso.qr.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a black-and-white grid as a grayscale PNG (ISO/IEC 15948): signature, IHDR, one zlib
 * IDAT, IEND, each chunk with its CRC-32. No AWT involved. Each module row is written once
 * unfiltered and repeated with the "Up" filter (all zeros), which deflates small and fast.
 */
public final class PngWriter {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int COLOR_TYPE_GRAYSCALE = 0;
    /** PNG row filter "Up": each byte minus the byte above, so a repeated row is all zeros. */
    private static final byte FILTER_UP = 2;

    /** The module grid to draw: true for black. */
    @FunctionalInterface
    public interface Grid {
        /** Whether the module at column {@code x}, row {@code y} is black (out of range: white). */
        boolean isDark(int x, int y);
    }

    private PngWriter() {
    }

    /**
     * The PNG of {@code grid}'s {@code modules × modules} cells surrounded by {@code quietZone}
     * white cells, each cell {@code scale} pixels wide, at 1 or 8 bits per pixel.
     */
    public static byte[] write(Grid grid, int modules, int scale, int quietZone, boolean oneBit) {
        int side = (modules + 2 * quietZone) * scale;
        ByteArrayOutputStream png = new ByteArrayOutputStream(1024);
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(side).putInt(side)
                .put((byte) (oneBit ? 1 : 8)).put((byte) COLOR_TYPE_GRAYSCALE)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(png, "IDAT", deflate(grid, modules, scale, quietZone, oneBit, side));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static byte[] deflate(Grid grid, int modules, int scale, int quietZone, boolean oneBit, int side) {
        int rowBytes = 1 + (oneBit ? (side + 7) / 8 : side);
        byte[] raw = new byte[rowBytes * side];
        byte[] row = new byte[rowBytes];
        int offset = 0;
        for (int y = -quietZone; y < modules + quietZone; y++) {
            fillRow(row, grid, y, modules, scale, quietZone, oneBit);
            System.arraycopy(row, 0, raw, offset, rowBytes);
            offset += rowBytes;
            for (int repeat = 1; repeat < scale; repeat++, offset += rowBytes) {
                raw[offset] = FILTER_UP;
            }
        }
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 + raw.length / 16);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void fillRow(byte[] row, Grid grid, int y, int modules, int scale, int quietZone, boolean oneBit) {
        Arrays.fill(row, (byte) 0xFF);
        row[0] = 0;
        if (y < 0 || y >= modules) {
            return;
        }
        for (int x = 0; x < modules; x++) {
            if (!grid.isDark(x, y)) {
                continue;
            }
            int start = (x + quietZone) * scale;
            for (int px = start; px < start + scale; px++) {
                if (oneBit) {
                    row[1 + (px >> 3)] &= (byte) ~(0x80 >>> (px & 7));
                } else {
                    row[1 + px] = 0;
                }
            }
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
