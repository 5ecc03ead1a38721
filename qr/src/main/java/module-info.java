/**
 * Procedure QR codes: typed codes, rendering without AWT, robust reading, signed receipts.
 *
 * <p>Two module dependencies are optional ({@code requires static}), so that an app pays only
 * for what it uses:
 * <ul>
 *   <li>{@code java.desktop}, whose {@code javax.imageio} reads image files for
 *       {@code QrDecoder.decode(Path)} and {@code decode(byte[])}. On the class path it is always
 *       present; an app on the module path that decodes image files adds
 *       {@code requires java.desktop}. Encoding, rendering and decoding a
 *       {@code LuminanceImage} never need it.</li>
 *   <li>{@code vn.congdanso.http} (Maven artifact {@code congdanso-http}), needed only by
 *       {@code HttpProcedureDirectory}.</li>
 * </ul>
 */
module vn.congdanso.qr {
    requires transitive vn.congdanso.core;
    requires static java.desktop;
    requires static vn.congdanso.http;
    requires com.google.zxing;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.cbor;
    requires org.slf4j;

    exports vn.congdanso.qr;
    exports vn.congdanso.qr.procedure;
    exports vn.congdanso.qr.receipt;
}
