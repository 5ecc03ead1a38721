package vn.congdanso.payments.zalopay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.CallbackAck;
import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.CallbackVerifier;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.MerchantKeys;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.VerifiedCallback;
import vn.congdanso.payments.internal.CallbackJson;
import vn.congdanso.payments.internal.CallbackKeys;
import vn.congdanso.payments.internal.GatewayTime;
import vn.congdanso.payments.internal.MacKeys;
import vn.congdanso.payments.internal.VerifiedCallbacks;

import static java.util.Objects.requireNonNull;

/**
 * Verifies ZaloPay v2 callbacks, POSTs of {@code {"data":"…","mac":"…","type":1}}, into a
 * {@link VerifiedCallback}: the MAC is HMAC-SHA256(key2, data) over the {@code data} string
 * exactly as received, checked in constant time under every active key2 of the {@code app_id}
 * that {@code data} names. {@code data} is parsed strictly (bounded, duplicate keys rejected) to
 * find that app id; nothing else is read before the MAC verifies. ZaloPay calls back only for
 * collected payments, so a verified order callback ({@code type} 1) is {@code PAID}; any other
 * {@code type} (which the MAC does not cover) is refused. Thread-safe.
 */
public final class ZalopayVerifier implements CallbackVerifier {

    private static final String WHAT = "ZaloPay callback data";
    private static final List<String> REDIRECT_FIELDS = List.of("appid", "apptransid", "pmcid", "bankcode", "amount",
            "discountamount", "status");

    private final CallbackKeys key2s;

    private ZalopayVerifier(MerchantKeys key2s) {
        this.key2s = CallbackKeys.sha256(key2s);
    }

    /** A verifier whose apps and key2 values come from {@code key2s}, keyed by {@code app_id}. */
    public static ZalopayVerifier create(MerchantKeys key2s) {
        return new ZalopayVerifier(requireNonNull(key2s, "key2s == null"));
    }

    /** A verifier for {@code config}'s app and its key2 values. */
    public static ZalopayVerifier create(ZalopayConfig config) {
        return create(requireNonNull(config, "config == null").merchantKeys());
    }

    /** A verifier for one app with {@code key2} and any others still active during a rotation. */
    public static ZalopayVerifier of(String appId, Secret key2, Secret... stillAccepted) {
        return create(MerchantKeys.of(appId, MacKeys.rotation(key2, stillAccepted)));
    }

    @Override
    public Gateway gateway() {
        return Gateway.ZALOPAY;
    }

    /**
     * Verifies the JSON body of a callback POST.
     *
     * @throws RejectedException {@link GatewayError#MISSING_SIGNATURE} without {@code mac},
     *                           {@link GatewayError#BAD_SIGNATURE} when it does not match,
     *                           {@link GatewayError#MERCHANT_MISMATCH} for an app without keys,
     *                           {@link GatewayError#UNSUPPORTED_CALLBACK} for a {@code type}
     *                           other than 1, {@link GatewayError#BAD_AMOUNT} for a zero amount or
     *                           one sent as text, {@link GatewayError#DUPLICATE_PARAMETER} for a
     *                           repeated key, {@link GatewayError#BAD_CALLBACK} for a body or
     *                           {@code data} that is not the expected JSON
     */
    @Override
    public VerifiedCallback verify(RawCallback callback) {
        requireNonNull(callback, "callback == null");
        ObjectNode envelope = CallbackJson.parseObject(callback.bodyText(), "ZaloPay callback");
        JsonNode data = envelope.get("data");
        if (data == null || !data.isTextual()) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, "ZaloPay callback lacks a data string");
        }
        String mac = CallbackJson.text(envelope, "mac").orElseThrow(() -> new RejectedException(
                GatewayError.MISSING_SIGNATURE, "ZaloPay callback carries no mac"));
        ObjectNode fields = CallbackJson.parseObject(data.textValue(), WHAT);
        String appId = CallbackJson.required(fields, "app_id", WHAT);
        if (!key2s.of(appId, "ZaloPay callback").matches(data.textValue(), mac)) {
            throw new RejectedException(GatewayError.BAD_SIGNATURE, "ZaloPay callback mac does not verify");
        }
        JsonNode type = envelope.get("type");
        if (type == null || !type.isIntegralNumber() || type.longValue() != 1) {
            throw new RejectedException(GatewayError.UNSUPPORTED_CALLBACK, "ZaloPay callback is not an order payment (type 1)");
        }
        return read(appId, fields);
    }

    /**
     * ZaloPay's answer (HTTP 200, JSON): {@code return_code} 1 for an applied or duplicate
     * callback, 2 to have it delivered again, -1 otherwise.
     */
    @Override
    public CallbackAck acknowledge(CallbackOutcome outcome) {
        return CallbackAck.json(ZalopayAck.of(outcome).body());
    }

    private static VerifiedCallback read(String appId, ObjectNode fields) {
        String appTransId = CallbackJson.required(fields, "app_trans_id", WHAT);
        long amount = CallbackJson.positiveAmount(fields, "amount", WHAT);
        long zpTransId = CallbackJson.longValue(fields, "zp_trans_id", WHAT);
        long serverTime = CallbackJson.longValue(fields, "server_time", WHAT);
        Map<String, String> signed = new LinkedHashMap<>(CallbackJson.signedFields(fields));
        return VerifiedCallbacks.create(new VerifiedCallbacks.Fields(Gateway.ZALOPAY, appId, appTransId,
                Long.toString(zpTransId), Vnd.of(amount), PaymentStatus.PAID,
                GatewayTime.epochMillis(serverTime, "server_time"), signed));
    }

    /**
     * Verifies the decoded query parameters of ZaloPay's browser redirect: {@code checksum} is
     * HMAC-SHA256(key2, appid|apptransid|pmcid|bankcode|amount|discountamount|status).
     *
     * @throws RejectedException {@link GatewayError#MISSING_SIGNATURE}, {@link GatewayError#BAD_SIGNATURE},
     *                           {@link GatewayError#BAD_CALLBACK} for a non-numeric amount or status
     */
    public ZalopayRedirect verifyRedirect(Map<String, String> parameters) {
        requireNonNull(parameters, "parameters == null");
        Map<String, String> fields = new LinkedHashMap<>(parameters);
        if (fields.containsKey(null) || fields.containsValue(null)) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, "ZaloPay redirect has a null key or value");
        }
        String checksum = fields.getOrDefault("checksum", "");
        if (checksum.isEmpty()) {
            throw new RejectedException(GatewayError.MISSING_SIGNATURE, "ZaloPay redirect carries no checksum");
        }
        StringJoiner signed = new StringJoiner("|");
        for (String name : REDIRECT_FIELDS) {
            signed.add(fields.getOrDefault(name, ""));
        }
        if (!key2s.of(fields.getOrDefault("appid", ""), "ZaloPay redirect").matches(signed.toString(), checksum)) {
            throw new RejectedException(GatewayError.BAD_SIGNATURE, "ZaloPay redirect checksum does not verify");
        }
        return ZalopayRedirect.from(fields);
    }

    @Override
    public String toString() {
        return "ZalopayVerifier[" + key2s + "]";
    }
}
