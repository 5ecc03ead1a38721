package vn.congdanso.payments.vnpay;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
    private static final ZoneOffset GMT_PLUS_7 = ZoneOffset.ofHours(7);

    private final VnpayParameters parameters;
    private final String txnRef;
    private final Vnd amount;
    private final String responseCode;
    private final String transactionStatus;
    private final Optional<Instant> payDate;

    private VnpayCallback(VnpayParameters parameters, String txnRef, Vnd amount, String responseCode,
            String transactionStatus, Optional<Instant> payDate) {
        this.parameters = parameters;
        this.txnRef = txnRef;
        this.amount = amount;
        this.responseCode = responseCode;
        this.transactionStatus = transactionStatus;
        this.payDate = payDate;
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
                required(parameters, "vnp_ResponseCode"), required(parameters, "vnp_TransactionStatus"),
                parameters.get("vnp_PayDate").map(VnpayCallback::gmtPlus7));
    }

    /** {@code yyyyMMddHHmmss} in GMT+7 (Vietnam has kept UTC+7 since 1975), without a formatter's cost. */
    private static Instant gmtPlus7(String text) {
        if (text.length() != 14 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new RejectedException(GatewayError.MALFORMED_CALLBACK, "vnp_PayDate is not yyyyMMddHHmmss");
        }
        try {
            return LocalDateTime.of(digits(text, 0, 4), digits(text, 4, 6), digits(text, 6, 8), digits(text, 8, 10),
                    digits(text, 10, 12), digits(text, 12, 14)).toInstant(GMT_PLUS_7);
        } catch (DateTimeException e) {
            throw new RejectedException(GatewayError.MALFORMED_CALLBACK, "vnp_PayDate is not a real date", e);
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
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

    /** When the payment happened, {@code vnp_PayDate} read in GMT+7. */
    public Optional<Instant> payDate() {
        return payDate;
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
