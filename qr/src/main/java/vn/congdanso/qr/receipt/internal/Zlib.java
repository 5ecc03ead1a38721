package vn.congdanso.qr.receipt.internal;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.receipt.ReceiptError;

import static java.util.Objects.requireNonNull;

/** zlib (RFC 1950) compression with a bounded inflater. Stateless and thread-safe. */
public final class Zlib {

    private Zlib() {
    }

    /** Compresses {@code bytes} at the best compression level. */
    public static byte[] deflate(byte[] bytes) {
        requireNonNull(bytes, "bytes == null");
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 16);
            byte[] buffer = new byte[512];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * Decompresses one complete zlib stream of at most {@code maxBytes} output bytes.
     *
     * @throws RejectedException {@link ReceiptError#BAD_COMPRESSION} for a corrupt, truncated or
     *                           trailing-garbage stream, {@link ReceiptError#PAYLOAD_TOO_LARGE} when
     *                           the output would exceed {@code maxBytes}
     */
    public static byte[] inflate(byte[] compressed, int maxBytes) {
        requireNonNull(compressed, "compressed == null");
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, compressed.length * 4 + 64));
            byte[] buffer = new byte[512];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished()) {
                    throw new RejectedException(ReceiptError.BAD_COMPRESSION, "zlib stream is truncated or needs a dictionary");
                }
                if (out.size() + n > maxBytes) {
                    throw new RejectedException(ReceiptError.PAYLOAD_TOO_LARGE, "decompressed payload exceeds " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
            if (inflater.getRemaining() > 0) {
                throw new RejectedException(ReceiptError.BAD_COMPRESSION, "bytes follow the end of the zlib stream");
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new RejectedException(ReceiptError.BAD_COMPRESSION, "not a valid zlib stream");
        } finally {
            inflater.end();
        }
    }
}
