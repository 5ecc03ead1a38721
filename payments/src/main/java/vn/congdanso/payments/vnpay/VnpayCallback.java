package vn.congdanso.payments.vnpay;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
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
    private static final long SECONDS_PER_DAY = 86_400;
    private static final long GMT_PLUS_7_SECONDS = 7 * 3600;

    private final SignedParameters parameters;
    private final int txnRef;
    private final Vnd amount;
    private final int responseCode;
    private final int transactionStatus;
    private final Optional<Instant> payDate;

    private VnpayCallback(SignedParameters parameters, int txnRef, Vnd amount, int responseCode,
            int transactionStatus, Optional<Instant> payDate) {
        this.parameters = parameters;
        this.txnRef = txnRef;
        this.amount = amount;
        this.responseCode = responseCode;
        this.transactionStatus = transactionStatus;
        this.payDate = payDate;
    }

    /** Reads the typed fields of verified parameters (in key order); rejects missing or malformed ones. */
    static VnpayCallback from(SignedParameters parameters) {
        int amount = required(parameters, "vnp_Amount", 0);
        Vnd vnd;
        try {
            vnd = Vnd.parseHundredths(parameters.digitsAt(amount));
        } catch (RejectedException e) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, "vnp_Amount is not a whole number of đồng ×100", e);
        }
        int payDate = parameters.find("vnp_PayDate", amount);
        int responseCode = required(parameters, "vnp_ResponseCode", Math.max(amount, payDate));
        int transactionStatus = required(parameters, "vnp_TransactionStatus", responseCode);
        int txnRef = required(parameters, "vnp_TxnRef", transactionStatus);
        return new VnpayCallback(parameters, txnRef, vnd, responseCode, transactionStatus,
                payDate < 0 ? Optional.empty() : Optional.of(gmtPlus7(parameters.digitsAt(payDate))));
    }

    /** {@code yyyyMMddHHmmss} in GMT+7 (Vietnam has kept UTC+7 since 1975), without a formatter's cost. */
    private static Instant gmtPlus7(CharSequence text) {
        boolean digits = text.length() == 14;
        for (int i = 0; i < text.length() && digits; i++) {
            digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        if (!digits) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, "vnp_PayDate is not yyyyMMddHHmmss");
        }
        int hour = number(text, 8, 10);
        int minute = number(text, 10, 12);
        int second = number(text, 12, 14);
        try {
            if (hour > 23 || minute > 59 || second > 59) {
                throw new DateTimeException("time out of range");
            }
            long day = LocalDate.of(number(text, 0, 4), number(text, 4, 6), number(text, 6, 8)).toEpochDay();
            return Instant.ofEpochSecond(day * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second - GMT_PLUS_7_SECONDS);
        } catch (DateTimeException e) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, "vnp_PayDate is not a real date", e);
        }
    }

    private static int number(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    /** The merchant's order reference, {@code vnp_TxnRef}. */
    public String txnRef() {
        return parameters.valueAt(txnRef);
    }

    /** The amount, {@code vnp_Amount} divided by 100. */
    public Vnd amount() {
        return amount;
    }

    /** {@code vnp_ResponseCode}: {@code 00} success, {@code 24} cancelled by the customer, … */
    public String responseCode() {
        return parameters.valueAt(responseCode);
    }

    /** {@code vnp_TransactionStatus}: {@code 00} success, {@code 01} not completed, {@code 02} failed, … */
    public String transactionStatus() {
        return parameters.valueAt(transactionStatus);
    }

    /** Whether the money was collected: both codes are {@code 00}. */
    public boolean paid() {
        return SUCCESS.equals(responseCode()) && SUCCESS.equals(transactionStatus());
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

    /** When the payment happened, {@code vnp_PayDate} read in GMT+7. */
    public Optional<Instant> payDate() {
        return payDate;
    }

    /** Every parameter as received and decoded, in key order, including {@code vnp_SecureHash}. */
    public Map<String, String> rawFields() {
        return parameters.asMap();
    }

    /**
     * This call as a gateway-neutral event: PAID when both codes are {@code 00}, PENDING when the
     * transaction is not completed ({@code 01}) or held as suspicious ({@code 07}), FAILED otherwise.
     */
    public PaymentEvent toPaymentEvent() {
        return new PaymentEvent(Gateway.VNPAY, txnRef(), transactionNo().orElse(""), amount, status(), rawFields());
    }

    private PaymentEvent.Status status() {
        if (paid()) {
            return PaymentEvent.Status.PAID;
        }
        boolean pending = "01".equals(transactionStatus()) || "07".equals(responseCode());
        return pending ? PaymentEvent.Status.PENDING : PaymentEvent.Status.FAILED;
    }

    @Override
    public String toString() {
        return "VnpayCallback[txnRef=" + txnRef() + ", amount=" + amount + ", responseCode=" + responseCode()
                + ", transactionStatus=" + transactionStatus() + "]";
    }

    private static int required(SignedParameters parameters, String key, int hint) {
        int index = parameters.find(key, hint);
        if (index < 0) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, "VNPay call lacks " + key);
        }
        return index;
    }
}
