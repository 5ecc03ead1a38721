package vn.congdanso.payments.vnpay;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.VerifiedCallback;
import vn.congdanso.payments.internal.GatewayTime;
import vn.congdanso.payments.internal.VerifiedCallbacks;

/** Reads the typed fields of VNPay parameters whose hash verified; rejects missing or malformed ones. */
final class VnpayFields {

    private static final String SUCCESS = "00";

    private VnpayFields() {
    }

    /** The verified callback of {@code parameters}, signed for terminal {@code tmnCode}. */
    static VerifiedCallback read(SignedParameters parameters, String tmnCode) {
        int amountAt = required(parameters, "vnp_Amount", 0);
        Vnd amount;
        try {
            amount = Vnd.parseHundredths(parameters.digitsAt(amountAt));
        } catch (RejectedException e) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, "vnp_Amount is not a whole number of đồng ×100", e);
        }
        if (amount.isZero()) {
            throw new RejectedException(GatewayError.BAD_AMOUNT, "VNPay call has a zero vnp_Amount");
        }
        int payDateAt = parameters.find("vnp_PayDate", amountAt);
        int responseAt = required(parameters, "vnp_ResponseCode", Math.max(amountAt, payDateAt));
        int statusAt = required(parameters, "vnp_TransactionStatus", responseAt);
        int txnRefAt = required(parameters, "vnp_TxnRef", statusAt);
        Instant payDate = payDateAt < 0 ? null : GatewayTime.compact(parameters.digitsAt(payDateAt), "vnp_PayDate");
        PaymentStatus status = status(parameters.valueAt(responseAt), parameters.valueAt(statusAt));
        return VerifiedCallbacks.create(new VerifiedCallbacks.Fields(Gateway.VNPAY, tmnCode,
                parameters.valueAt(txnRefAt), parameters.get("vnp_TransactionNo").orElse(""), amount, status,
                payDate, signed(parameters.asMap())));
    }

    private static PaymentStatus status(String responseCode, String transactionStatus) {
        if (SUCCESS.equals(responseCode) && SUCCESS.equals(transactionStatus)) {
            return PaymentStatus.PAID;
        }
        boolean pending = "01".equals(transactionStatus) || "07".equals(responseCode);
        return pending ? PaymentStatus.PENDING : PaymentStatus.FAILED;
    }

    /** The parameters the hash covers: all but the hash fields and empty values, in key order. */
    private static Map<String, String> signed(Map<String, String> all) {
        Map<String, String> signed = new LinkedHashMap<>(all);
        signed.remove(VnpayParameters.SECURE_HASH);
        signed.remove(VnpayParameters.SECURE_HASH_TYPE);
        signed.values().removeIf(String::isEmpty);
        return signed;
    }

    private static int required(SignedParameters parameters, String key, int hint) {
        int index = parameters.find(key, hint);
        if (index < 0) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, "VNPay call lacks " + key);
        }
        return index;
    }
}
