package vn.congdanso.payments;

/** What a verified callback says about the payment. */
public enum PaymentStatus {
    /** The money was collected. */
    PAID,
    /** The payment failed or was cancelled; it will not complete. */
    FAILED,
    /** Neither collected nor failed yet (authorised, processing): no state change. */
    PENDING
}
