package vn.congdanso.payments.payos;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.PaymentEvent;
import vn.congdanso.payments.internal.CallbackJson;

/**
 * A payOS webhook whose {@code data} signature verified: only {@link PayosVerifier} creates one.
 * Only {@code data} is signed, so only its fields are exposed. payOS also sends a test webhook
 * when the URL is registered: tolerate order codes you do not know. Answer with any HTTP 2xx.
 * Immutable and thread-safe.
 */
public final class PayosWebhook {

    private static final String WHAT = "payOS webhook data";

    private final Map<String, String> data;
    private final long orderCode;
    private final Vnd amount;

    private PayosWebhook(Map<String, String> data, long orderCode, Vnd amount) {
        this.data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
        this.orderCode = orderCode;
        this.amount = amount;
    }

    static PayosWebhook from(JsonNode data) {
        long orderCode = CallbackJson.longValue(data, "orderCode", WHAT);
        long amount = CallbackJson.longValue(data, "amount", WHAT);
        if (amount < 0) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, WHAT + " has a negative amount");
        }
        return new PayosWebhook(PayosData.asText(data), orderCode, Vnd.of(amount));
    }

    /** The merchant's numeric order code. */
    public long orderCode() {
        return orderCode;
    }

    /** The amount transferred. */
    public Vnd amount() {
        return amount;
    }

    /** {@code data.code}: {@code 00} when the transfer matched the payment link. */
    public String code() {
        return field("code");
    }

    /** Whether the transfer matched the payment link ({@code data.code} is {@code 00}). */
    public boolean paid() {
        return "00".equals(code());
    }

    /** The bank's transfer reference. */
    public String reference() {
        return field("reference");
    }

    /** The payment link id. */
    public Optional<String> paymentLinkId() {
        return Optional.of(field("paymentLinkId")).filter(v -> !v.isEmpty());
    }

    /** The transfer description. */
    public String description() {
        return field("description");
    }

    /** When the transfer happened, as payOS wrote it ({@code yyyy-MM-dd HH:mm:ss}, GMT+7). */
    public String transactionDateTime() {
        return field("transactionDateTime");
    }

    /** Every signed field of {@code data} as text (account numbers included: mask before logging). */
    public Map<String, String> rawFields() {
        return data;
    }

    /** As a gateway-neutral event: PAID when {@code data.code} is {@code 00}, FAILED otherwise. */
    public PaymentEvent toPaymentEvent() {
        return new PaymentEvent(Gateway.PAYOS, Long.toString(orderCode), reference(), amount,
                paid() ? PaymentEvent.Status.PAID : PaymentEvent.Status.FAILED, data);
    }

    @Override
    public String toString() {
        return "PayosWebhook[orderCode=" + orderCode + ", amount=" + amount + ", code=" + code() + "]";
    }

    private String field(String name) {
        return data.getOrDefault(name, "");
    }
}
