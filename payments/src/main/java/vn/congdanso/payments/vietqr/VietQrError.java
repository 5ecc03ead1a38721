package vn.congdanso.payments.vietqr;

import vn.congdanso.core.ErrorCode;

/**
 * Why a VietQR could not be built. Parse failures use {@link vn.congdanso.payments.emv.EmvError}
 * (lenient validity) and {@link VietQrRule} (strict profile violations).
 */
public enum VietQrError implements ErrorCode {
    /** A builder field is missing or outside what NAPAS accepts (BIN, account, amount, MCC). */
    BAD_FIELD;

    /** {@code "vietqr"}. */
    @Override
    public String namespace() {
        return "vietqr";
    }
}
