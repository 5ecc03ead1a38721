/**
 * VietQR and EMVCo merchant-presented QR; gateway adapters with verified callbacks. The gateway
 * API clients ({@code *Client}) need {@code vn.congdanso.http} at run time; everything else
 * (VietQR, signing, callback verification) works without an HTTP client.
 */
module vn.congdanso.payments {
    requires transitive vn.congdanso.core;
    requires static vn.congdanso.http;
    requires static okhttp3;
    requires com.fasterxml.jackson.databind;
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
