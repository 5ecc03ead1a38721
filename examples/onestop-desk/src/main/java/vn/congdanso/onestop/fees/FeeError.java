package vn.congdanso.onestop.fees;

import vn.congdanso.core.ErrorCode;

/** The desk's own error codes for fees, where the SDK has none ({@code fees.*}). */
public enum FeeError implements ErrorCode {
    /** No fee order has this reference. */
    UNKNOWN_ORDER,
    /** The order cannot be paid this way now (already settled, or a ZaloPay order of another day). */
    PAYMENT_NOT_OFFERED,
    /** The desk knows no gateway of this name. */
    UNKNOWN_GATEWAY,
    /** The gateway is known but not offered: it has no credentials while other gateways are real. */
    GATEWAY_NOT_OFFERED;

    @Override
    public String namespace() {
        return "fees";
    }
}
