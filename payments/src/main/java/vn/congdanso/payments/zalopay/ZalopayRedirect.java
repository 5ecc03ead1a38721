package vn.congdanso.payments.zalopay;

import java.util.Map;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.GatewayError;

/**
 * ZaloPay's browser redirect whose checksum verified: only {@link ZalopayVerifier} creates one.
 * It is a hint for the page shown to the payer; the callback or a query is authoritative.
 * Immutable and thread-safe.
 */
public final class ZalopayRedirect {

    private final Map<String, String> fields;
    private final Vnd amount;
    private final int status;

    private ZalopayRedirect(Map<String, String> fields, Vnd amount, int status) {
        this.fields = Map.copyOf(fields);
        this.amount = amount;
        this.status = status;
    }

    static ZalopayRedirect from(Map<String, String> fields) {
        String amount = fields.getOrDefault("amount", "");
        String status = fields.getOrDefault("status", "");
        if (!amount.matches("[0-9]{1,18}") || !status.matches("-?[0-9]{1,9}")) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, "ZaloPay redirect lacks a numeric amount or status");
        }
        return new ZalopayRedirect(fields, Vnd.of(Long.parseLong(amount)), Integer.parseInt(status));
    }

    /** The order's {@code apptransid}. */
    public String appTransId() {
        return fields.getOrDefault("apptransid", "");
    }

    /** The amount. */
    public Vnd amount() {
        return amount;
    }

    /** {@code status}: 1 paid, anything else not (yet). */
    public int status() {
        return status;
    }

    /** Whether ZaloPay reports the payment as successful ({@code status} 1). */
    public boolean success() {
        return status == 1;
    }

    @Override
    public String toString() {
        return "ZalopayRedirect[appTransId=" + appTransId() + ", amount=" + amount + ", status=" + status + "]";
    }
}
