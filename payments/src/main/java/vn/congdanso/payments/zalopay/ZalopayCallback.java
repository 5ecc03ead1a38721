package vn.congdanso.payments.zalopay;

import java.time.Instant;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.PaymentEvent;
import vn.congdanso.payments.internal.CallbackJson;

/**
 * A ZaloPay callback whose MAC verified over {@code data} exactly as received: only
 * {@link ZalopayVerifier} creates one. ZaloPay calls back only for successful payments. Answer
 * with {@link ZalopayAck#SUCCESS} once the order is recorded. Immutable and thread-safe.
 */
public final class ZalopayCallback {

    private static final String WHAT = "ZaloPay callback data";

    private final String data;
    private final int type;
    private final String appId;
    private final String appTransId;
    private final Vnd amount;
    private final long zpTransId;
    private final long serverTime;
    private final Map<String, String> fields;

    private ZalopayCallback(String data, int type, ObjectNode json) {
        this.data = data;
        this.type = type;
        this.appId = CallbackJson.required(json, "app_id", WHAT);
        this.appTransId = CallbackJson.required(json, "app_trans_id", WHAT);
        long amount = CallbackJson.longValue(json, "amount", WHAT);
        if (amount < 0) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, WHAT + " has a negative amount");
        }
        this.amount = Vnd.of(amount);
        this.zpTransId = CallbackJson.longValue(json, "zp_trans_id", WHAT);
        this.serverTime = CallbackJson.longValue(json, "server_time", WHAT);
        Map<String, String> all = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            all.put(field.getKey(), value.isValueNode() && !value.isNull() ? value.asText() : value.toString());
        }
        this.fields = Collections.unmodifiableMap(all);
    }

    static ZalopayCallback parse(String data, int type) {
        return new ZalopayCallback(data, type, CallbackJson.parseObject(data, WHAT));
    }

    /** The app id. */
    public String appId() {
        return appId;
    }

    /** The merchant's {@code app_trans_id}. */
    public String appTransId() {
        return appTransId;
    }

    /** The amount. */
    public Vnd amount() {
        return amount;
    }

    /** ZaloPay's transaction id. */
    public long zpTransId() {
        return zpTransId;
    }

    /** When ZaloPay processed the payment. */
    public Instant serverTime() {
        return Instant.ofEpochMilli(serverTime);
    }

    /** The callback type: 1 order payment, 2 agreement payment. */
    public int type() {
        return type;
    }

    /** The signed {@code data} text exactly as received. */
    public String data() {
        return data;
    }

    /** Every member of {@code data} as text (nested JSON as its text). */
    public Map<String, String> rawFields() {
        return fields;
    }

    /** As a gateway-neutral event: always PAID, since ZaloPay calls back only for successful payments. */
    public PaymentEvent toPaymentEvent() {
        return new PaymentEvent(Gateway.ZALOPAY, appTransId, Long.toString(zpTransId), amount,
                PaymentEvent.Status.PAID, fields);
    }

    @Override
    public String toString() {
        return "ZalopayCallback[appTransId=" + appTransId + ", amount=" + amount + ", zpTransId=" + zpTransId + "]";
    }
}
