package vn.congdanso.onestop.dossiers;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import vn.congdanso.qr.PngOptions;
import vn.congdanso.qr.QrEncoder;
import vn.congdanso.qr.QrImage;

/** A fictional applicant's card QR, as text and as pictures of it. */
public final class Cards {

    /** A fictional 12-digit ID number (Hà Nội, male, born 1990). */
    public static final String ID_NUMBER = "001090012345";
    public static final String NAME = "NGUYEN VAN A";
    public static final String QR_TEXT = ID_NUMBER + "||" + NAME + "|01011990|Nam|Số 1 Phố Thử, Phường Thử Nghiệm, Hà Nội|01012021";

    private Cards() {
    }

    /** {@code text} as an 8-bit grey PNG, rendered by the qr module. */
    public static byte[] png(String text) {
        return QrImage.png(QrEncoder.standard().encode(text), PngOptions.builder().depth(PngOptions.Depth.EIGHT_BIT).build());
    }

    /** {@code text} as a greyscale JPEG, as a scanner or phone might save it. */
    public static byte[] greyJpeg(String text) {
        try {
            BufferedImage source = ImageIO.read(new ByteArrayInputStream(png(text)));
            BufferedImage grey = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = grey.createGraphics();
            g.drawImage(source, 0, 0, null);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(grey, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
