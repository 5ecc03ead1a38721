package vn.congdanso.onestop.procedures;

import vn.congdanso.qr.QrCode;
import vn.congdanso.qr.QrImage;
import vn.congdanso.qr.SvgOptions;

/** The SDK's QR pictures as the desk's pages embed them. */
public final class QrPictures {

    private static final SvgOptions INLINE = SvgOptions.builder().scale(4).build();

    private QrPictures() {
    }

    /**
     * The SDK's SVG of {@code code} without its XML declaration, to place inside an HTML page.
     * Safe to insert unescaped: the SDK writes only numbers and validated colours into it.
     */
    public static String inlineSvg(QrCode code) {
        String svg = QrImage.svg(code, INLINE);
        return svg.substring(svg.indexOf("<svg"));
    }
}
