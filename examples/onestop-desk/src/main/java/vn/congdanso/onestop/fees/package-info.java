/**
 * Fees (flow 3 of the desk): fee orders on the SDK's exactly-once callback pipeline, offered as a
 * dynamic VietQR and as VNPay, MoMo and ZaloPay payments; the JSON API under {@code /api/orders}
 * and the pages under {@code /fees}. {@link vn.congdanso.onestop.fees.FeeLedger} is the
 * pipeline's payment handler.
 */
package vn.congdanso.onestop.fees;
