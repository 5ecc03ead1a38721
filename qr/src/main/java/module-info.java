/** Procedure QR codes: typed codes, rendering without AWT, robust reading, signed receipts. */
module vn.congdanso.qr {
    requires transitive vn.congdanso.core;
    requires transitive java.desktop;
    requires transitive com.google.zxing;
    requires com.fasterxml.jackson.dataformat.cbor;
    requires org.slf4j;

    exports vn.congdanso.qr;
    exports vn.congdanso.qr.procedure;
    exports vn.congdanso.qr.receipt;
}
