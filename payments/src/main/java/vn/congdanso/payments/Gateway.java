package vn.congdanso.payments;

/** The payment gateways the SDK verifies callbacks from. */
public enum Gateway {
    /** VNPay (API 2.1.0): cards, bank apps and VNPAY-QR. */
    VNPAY,
    /** MoMo e-wallet (payment gateway API v2). */
    MOMO,
    /** ZaloPay e-wallet (API v2). */
    ZALOPAY,
    /** payOS bank-transfer / VietQR collection. */
    PAYOS
}
