/** Procedure QR codes: typed codes, rendering without AWT, robust reading, signed receipts. */
module vn.congdanso.qr {
    requires transitive vn.congdanso.core;
    requires com.google.zxing;
    requires org.slf4j;
    requires com.fasterxml.jackson.dataformat.cbor;

    exports vn.congdanso.qr.procedure;
    exports vn.congdanso.qr.receipt;
}
