package vn.congdanso.payments.payos;

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
 * Verifies payOS webhooks, POSTs of {@code {code, desc, success, data, signature}}, into a
 * {@link VerifiedCallback}: HMAC-SHA256 with the checksum key over {@code data}'s keys sorted,
 * {@code key=value} joined by {@code &} (payOS's canonical form), compared in constant time under
 * every active key before any field is read. Only {@code data} is signed, so only its fields are
 * kept. Thread-safe.
 *
 * <p>A payOS webhook does not name the merchant: a verifier serves one payment channel (client
 * id), whose keys it takes from the {@link MerchantKeys} on every call, so they may rotate. Give
 * each channel its own webhook URL and verifier. Status: {@code PAID} when {@code data.code} is
 * {@code 00}, {@code FAILED} otherwise. payOS also sends a signed test webhook when the URL is
 * registered: it verifies like any other, so tolerate order codes you do not know.
 */
public final class PayosVerifier implements CallbackVerifier {

    private static final String WHAT = "payOS webhook data";

    private final String clientId;
    private final CallbackKeys keys;

    private PayosVerifier(String clientId, MerchantKeys keys) {
        this.clientId = requireNonNull(clientId, "clientId == null");
        this.keys = CallbackKeys.sha256(keys);
    }

    /** A verifier for the channel {@code clientId}, whose checksum keys come from {@code keys}. */
    public static PayosVerifier create(String clientId, MerchantKeys keys) {
        return new PayosVerifier(clientId, requireNonNull(keys, "keys == null"));
    }

    /** A verifier for {@code config}'s channel and every one of its checksum keys. */
    public static PayosVerifier create(PayosConfig config) {
        requireNonNull(config, "config == null");
        return create(config.clientId(), config.merchantKeys());
    }

    /** A verifier for one channel with {@code checksumKey} and any others still active during a rotation. */
    public static PayosVerifier of(String clientId, Secret checksumKey, Secret... stillAccepted) {
        return create(clientId, MerchantKeys.of(clientId, MacKeys.rotation(checksumKey, stillAccepted)));
    }

    @Override
    public Gateway gateway() {
        return Gateway.PAYOS;
    }

    /**
     * Verifies the JSON body of a webhook POST.
     *
     * @throws RejectedException {@link GatewayError#MISSING_SIGNATURE}, {@link GatewayError#BAD_SIGNATURE},
     *                           {@link GatewayError#MERCHANT_MISMATCH} when the key source has no
     *                           keys for the channel, {@link GatewayError#DUPLICATE_PARAMETER} for a
     *                           repeated key, {@link GatewayError#BAD_AMOUNT} for a zero amount or
     *                           one sent as text, {@link GatewayError#BAD_CALLBACK} for a body
     *                           without a {@code data} object, with a non-numeric order code or a
     *                           malformed {@code transactionDateTime}
     */
    @Override
    public VerifiedCallback verify(RawCallback callback) {
        requireNonNull(callback, "callback == null");
        JsonNode data = verifiedData(CallbackJson.parseObject(callback.bodyText(), "payOS webhook"), "payOS webhook");
        long orderCode = CallbackJson.longValue(data, "orderCode", WHAT);
        long amount = CallbackJson.positiveAmount(data, "amount", WHAT);
        String time = CallbackJson.signedText(data, "transactionDateTime");
        PaymentStatus status = "00".equals(CallbackJson.signedText(data, "code")) ? PaymentStatus.PAID : PaymentStatus.FAILED;
        return VerifiedCallbacks.create(new VerifiedCallbacks.Fields(Gateway.PAYOS, clientId, Long.toString(orderCode),
                CallbackJson.signedText(data, "reference"), Vnd.of(amount), status,
                time.isEmpty() ? null : GatewayTime.dashed(time, "transactionDateTime"), PayosData.asText(data)));
    }

    /**
     * payOS's answer: HTTP 200 {@code {"success":true}} for every verified outcome, 400 for a bad
     * signature, 503 to have it delivered again.
     */
    @Override
    public CallbackAck acknowledge(CallbackOutcome outcome) {
        return switch (requireNonNull(outcome, "outcome == null")) {
            case BAD_SIGNATURE -> CallbackAck.empty(400);
            case RETRY -> CallbackAck.empty(503);
            case APPLIED, DUPLICATE, UNKNOWN_ORDER, AMOUNT_MISMATCH, REJECTED -> CallbackAck.json("{\"success\":true}");
        };
    }

    /** The {@code data} object of a signed payOS document, once its signature verifies. */
    JsonNode verifiedData(ObjectNode envelope, String what) {
        JsonNode data = envelope.get("data");
        if (data == null || !data.isObject()) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, what + " lacks a data object");
        }
        String signature = CallbackJson.text(envelope, "signature").orElseThrow(() -> new RejectedException(
                GatewayError.MISSING_SIGNATURE, what + " carries no signature"));
        if (!keys.of(clientId, what).matches(PayosData.canonical(data), signature)) {
            throw new RejectedException(GatewayError.BAD_SIGNATURE, what + " signature does not verify");
        }
        return data;
    }

    @Override
    public String toString() {
        return "PayosVerifier[clientId=" + clientId + ", " + keys + "]";
    }
}
