package vn.congdanso.payments.momo;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.PaymentEvent;

/**
 * A MoMo IPN (or browser redirect result) whose signature verified: only {@link MomoVerifier}
 * creates one. Immutable and thread-safe. Acknowledge an IPN with HTTP {@value #ACK_HTTP_STATUS}
 * and no body, within 15 s; check {@link #orderId()} and {@link #amount()} against your order
 * before fulfilling it.
 */
public final class MomoIpn {

    /** The status MoMo expects in answer to an IPN: 204 No Content. */
    public static final int ACK_HTTP_STATUS = 204;

    private final Map<String, String> fields;
    private final Vnd amount;
    private final long transId;
    private final int resultCode;
    private final long responseTime;

    private MomoIpn(Map<String, String> fields, Vnd amount, long transId, int resultCode, long responseTime) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.amount = amount;
        this.transId = transId;
        this.resultCode = resultCode;
        this.responseTime = responseTime;
    }

    static MomoIpn from(Map<String, String> fields) {
        Function<String, Long> number = name -> {
            String text = fields.getOrDefault(name, "");
            if (!text.matches("-?[0-9]{1,18}")) {
                throw new RejectedException(GatewayError.BAD_CALLBACK, "MoMo result lacks a whole-number " + name);
            }
            return Long.parseLong(text);
        };
        if (fields.getOrDefault("orderId", "").isEmpty()) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, "MoMo result lacks orderId");
        }
        long resultCode = number.apply("resultCode");
        long amount = number.apply("amount");
        if (amount < 0 || resultCode < Integer.MIN_VALUE || resultCode > Integer.MAX_VALUE) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, "MoMo result has an out-of-range amount or code");
        }
        return new MomoIpn(fields, Vnd.of(amount), number.apply("transId"), (int) resultCode,
                number.apply("responseTime"));
    }

    /** The merchant's order id. */
    public String orderId() {
        return field("orderId");
    }

    /** The request id of the create call. */
    public String requestId() {
        return field("requestId");
    }

    /** The partner code. */
    public String partnerCode() {
        return field("partnerCode");
    }

    /** The amount. */
    public Vnd amount() {
        return amount;
    }

    /** MoMo's transaction id. */
    public long transId() {
        return transId;
    }

    /** {@code resultCode}: 0 success, 9000 authorised not captured, 1006 declined by the payer, … */
    public int resultCode() {
        return resultCode;
    }

    /** Whether the money was collected ({@code resultCode} 0). */
    public boolean paid() {
        return resultCode == 0;
    }

    /** MoMo's message (Vietnamese or English). */
    public String message() {
        return field("message");
    }

    /** How the payer paid ({@code qr}, {@code webApp}, {@code credit}, {@code napas}, …). */
    public Optional<String> payType() {
        return Optional.of(field("payType")).filter(v -> !v.isEmpty());
    }

    /** The merchant data echoed back. */
    public String extraData() {
        return field("extraData");
    }

    /** When MoMo answered. */
    public Instant responseTime() {
        return Instant.ofEpochMilli(responseTime);
    }

    /** Every field as received (as text), including {@code signature}. */
    public Map<String, String> rawFields() {
        return fields;
    }

    /**
     * As a gateway-neutral event: PAID for 0, PENDING for 9000 (authorised), 1000 (waiting for the
     * payer) and 7000/7002 (processing), FAILED otherwise.
     */
    public PaymentEvent toPaymentEvent() {
        PaymentEvent.Status status = switch (resultCode) {
            case 0 -> PaymentEvent.Status.PAID;
            case 9000, 1000, 7000, 7002 -> PaymentEvent.Status.PENDING;
            default -> PaymentEvent.Status.FAILED;
        };
        return new PaymentEvent(Gateway.MOMO, orderId(), Long.toString(transId), amount, status, fields);
    }

    @Override
    public String toString() {
        return "MomoIpn[orderId=" + orderId() + ", amount=" + amount + ", resultCode=" + resultCode + "]";
    }

    private String field(String name) {
        return fields.getOrDefault(name, "");
    }
}
