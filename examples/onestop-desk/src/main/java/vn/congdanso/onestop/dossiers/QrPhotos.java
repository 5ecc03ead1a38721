package vn.congdanso.onestop.dossiers;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.QrDecoder;

/**
 * Reads the QR code in an uploaded photo with the qr module's robust decoder (PNG or JPEG, grey,
 * 16-bit, palette or colour, phone photos included), for the card QR of an intake and for a
 * receipt to verify.
 */
public final class QrPhotos {

    private static final QrDecoder DECODER = QrDecoder.standard();

    private QrPhotos() {
    }

    /** Whether the form carried a file in {@code photo}. */
    public static boolean present(MultipartFile photo) {
        return photo != null && !photo.isEmpty();
    }

    /**
     * The text of the first QR code in {@code photo}.
     *
     * @throws RejectedException the qr module's {@code qr.UNREADABLE_IMAGE}, {@code qr.NOT_FOUND},
     *                           {@code qr.IMAGE_TOO_LARGE} or {@code qr.BAD_IMAGE_SHAPE}
     */
    public static String read(MultipartFile photo) {
        try {
            return DECODER.decode(photo.getBytes()).text();
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded photo could not be read from the request", e);
        }
    }
}
