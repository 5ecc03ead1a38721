package vn.congdanso.qr.receipt.internal;

import java.io.ByteArrayOutputStream;

/** The few DER (X.690) encodings the receipt layer needs. Stateless. */
public final class Der {

    /** Tag of INTEGER. */
    public static final int INTEGER = 0x02;
    /** Tag of OCTET STRING. */
    public static final int OCTET_STRING = 0x04;
    /** Tag of OBJECT IDENTIFIER. */
    public static final int OBJECT_IDENTIFIER = 0x06;
    /** Tag of a constructed SEQUENCE. */
    public static final int SEQUENCE = 0x30;

    private Der() {
    }

    /** One tag-length-value element with a definite, minimal length. */
    public static byte[] element(int tag, byte[]... contents) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] content : contents) {
            body.writeBytes(content);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 6);
        out.write(tag);
        writeLength(out, body.size());
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    /** A non-negative INTEGER from unsigned big-endian {@code magnitude}, minimally encoded. */
    public static byte[] unsignedInteger(byte[] magnitude) {
        int start = 0;
        while (start < magnitude.length - 1 && magnitude[start] == 0) {
            start++;
        }
        boolean pad = magnitude.length == 0 || (magnitude[start] & 0x80) != 0;
        byte[] content = new byte[magnitude.length - start + (pad ? 1 : 0)];
        System.arraycopy(magnitude, start, content, pad ? 1 : 0, magnitude.length - start);
        return element(INTEGER, content);
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xff);
        }
    }
}
