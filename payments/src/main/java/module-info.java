/** VietQR and EMVCo merchant-presented QR; gateway adapters with verified callbacks. */
module vn.congdanso.payments {
    requires transitive vn.congdanso.core;
    requires transitive vn.congdanso.http;
    requires transitive java.sql;
    requires org.slf4j;

    exports vn.congdanso.payments;
    exports vn.congdanso.payments.emv;
    exports vn.congdanso.payments.vietqr;
    exports vn.congdanso.payments.vnpay;
    exports vn.congdanso.payments.momo;
    exports vn.congdanso.payments.zalopay;
    exports vn.congdanso.payments.payos;
    exports vn.congdanso.payments.callback;
}
