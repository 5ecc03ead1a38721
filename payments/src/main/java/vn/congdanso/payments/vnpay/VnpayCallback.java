package vn.congdanso.payments.vnpay;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.time.VnTime;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.PaymentEvent;

/**
 * A VNPay return or IPN call whose signature verified: only {@link VnpayVerifier} creates one.
 * Immutable and thread-safe. A verified call is not yet a paid order: check {@link #paid()},
 * that {@link #txnRef()} names one of your orders and that {@link #amount()} is its amount, then
 * answer with a {@link VnpayIpnAck}.
 */
public final class VnpayCallback {

    private static final String SUCCESS = "00";

    private final VnpayParameters parameters;
    private final String txnRef;
    private final Vnd amount;
    private final String responseCode;
    private final String transactionStatus;

    private VnpayCallback(VnpayParameters parameters, String txnRef, Vnd amount, String responseCode,
            String transactionStatus) {
        this.parameters = parameters;
        this.txnRef = txnRef;
        this.amount = amount;
        this.responseCode = responseCode;
        this.transactionStatus = transactionStatus;
    }

    static VnpayCallback from(VnpayParameters parameters) {
        String amount = required(parameters, "vnp_Amount");
        Vnd vnd;
        try {
            vnd = Vnd.parseHundredths(amount);
        } catch (RejectedException e) {
            throw new RejectedException(GatewayError.MALFORMED_CALLBACK, "vnp_Amount is not a whole number of đồng ×100", e);
        }
        return new VnpayCallback(parameters, required(parameters, "vnp_TxnRef"), vnd,
                required(parameters, "vnp_ResponseCode"), required(parameters, "vnp_TransactionStatus"));
    }

    /** The merchant's order reference, {@code vnp_TxnRef}. */
    public String txnRef() {
        return txnRef;
    }

    /** The amount, {@code vnp_Amount} divided by 100. */
    public Vnd amount() {
        return amount;
    }

    /** {@code vnp_ResponseCode}: {@code 00} success, {@code 24} cancelled by the customer, … */
    public String responseCode() {
        return responseCode;
    }

    /** {@code vnp_TransactionStatus}: {@code 00} success, {@code 01} not completed, {@code 02} failed, … */
    public String transactionStatus() {
        return transactionStatus;
    }

    /** Whether the money was collected: both codes are {@code 00}. */
    public boolean paid() {
        return SUCCESS.equals(responseCode) && SUCCESS.equals(transactionStatus);
    }

    /** VNPay's transaction number, {@code vnp_TransactionNo} ({@code 0} or absent when none was made). */
    public Optional<String> transactionNo() {
        return parameters.get("vnp_TransactionNo");
    }

    /** The paying bank, {@code vnp_BankCode}. */
    public Optional<String> bankCode() {
        return parameters.get("vnp_BankCode");
    }

    /** The bank's transaction number, {@code vnp_BankTranNo}. */
    public Optional<String> bankTranNo() {
        return parameters.get("vnp_BankTranNo");
    }

    /** The card or account type, {@code vnp_CardType}. */
    public Optional<String> cardType() {
        return parameters.get("vnp_CardType");
    }

    /** The terminal code, {@code vnp_TmnCode}. */
    public Optional<String> tmnCode() {
        return parameters.get("vnp_TmnCode");
    }

    /** The order description as sent back, {@code vnp_OrderInfo}. */
    public Optional<String> orderInfo() {
        return parameters.get("vnp_OrderInfo");
    }

    /**
     * When the payment happened, {@code vnp_PayDate} read in GMT+7.
     *
     * @throws RejectedException {@link GatewayError#MALFORMED_CALLBACK} when the signed date is not
     *                           {@code yyyyMMddHHmmss}
     */
    public Optional<Instant> payDate() {
        Optional<String> text = parameters.get("vnp_PayDate");
        try {
            return text.map(VnTime::parseCompact);
        } catch (RejectedException e) {
            throw new RejectedException(GatewayError.MALFORMED_CALLBACK, "vnp_PayDate is not yyyyMMddHHmmss", e);
        }
    }

    /** Every parameter as received and decoded, sorted by key, including {@code vnp_SecureHash}. */
    public Map<String, String> rawFields() {
        return parameters.asMap();
    }

    /**
     * This call as a gateway-neutral event: PAID when both codes are {@code 00}, PENDING when the
     * transaction is not completed ({@code 01}) or held as suspicious ({@code 07}), FAILED otherwise.
     */
    public PaymentEvent toPaymentEvent() {
        return new PaymentEvent(Gateway.VNPAY, txnRef, transactionNo().orElse(""), amount, status(), rawFields());
    }

    private PaymentEvent.Status status() {
        if (paid()) {
            return PaymentEvent.Status.PAID;
        }
        boolean pending = "01".equals(transactionStatus) || "07".equals(responseCode);
        return pending ? PaymentEvent.Status.PENDING : PaymentEvent.Status.FAILED;
    }

    @Override
    public String toString() {
        return "VnpayCallback[txnRef=" + txnRef + ", amount=" + amount + ", responseCode=" + responseCode
                + ", transactionStatus=" + transactionStatus + "]";
    }

    private static String required(VnpayParameters parameters, String key) {
        return parameters.get(key).orElseThrow(() -> new RejectedException(GatewayError.MALFORMED_CALLBACK,
                "VNPay call lacks " + key));
    }
}
