package vn.congdanso.payments.payos;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.internal.CallbackJson;
import vn.congdanso.payments.internal.MacKeys;

import static java.util.Objects.requireNonNull;

/**
 * Verifies payOS webhooks {@code {code, desc, success, data, signature}}: HMAC-SHA256 with the
 * checksum key over {@code data}'s keys sorted, {@code key=value} joined by {@code &} (null as
 * empty), compared in constant time under every active key before any field is read.
 * Thread-safe.
 */
public final class PayosVerifier {

    private final MacKeys keys;

    private PayosVerifier(List<Secret> keys) {
        this.keys = MacKeys.sha256(keys);
    }

    /** A verifier with {@code config}'s checksum keys. */
    public static PayosVerifier create(PayosConfig config) {
        requireNonNull(config, "config == null");
        return new PayosVerifier(config.checksumKeys());
    }

    /** A verifier with {@code checksumKey} and any others still active during a rotation. */
    public static PayosVerifier of(Secret checksumKey, Secret... stillAccepted) {
        return new PayosVerifier(MacKeys.rotation(checksumKey, stillAccepted));
    }

    /**
     * Verifies the JSON body of a webhook POST.
     *
     * @throws RejectedException {@link GatewayError#MISSING_SIGNATURE}, {@link GatewayError#BAD_SIGNATURE},
     *                           {@link GatewayError#DUPLICATE_PARAMETER} for a repeated key,
     *                           {@link GatewayError#BAD_CALLBACK} for a body without a
     *                           {@code data} object or with a non-numeric order code or amount
     */
    public PayosWebhook verifyWebhook(String body) {
        requireNonNull(body, "body == null");
        ObjectNode envelope = CallbackJson.parseObject(body, "payOS webhook");
        return PayosWebhook.from(verifiedData(envelope, "payOS webhook"));
    }

    /** The {@code data} object of a signed payOS document, once its signature verifies. */
    JsonNode verifiedData(ObjectNode envelope, String what) {
        JsonNode data = envelope.get("data");
        if (data == null || !data.isObject()) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, what + " lacks a data object");
        }
        String signature = CallbackJson.text(envelope, "signature").orElseThrow(() -> new RejectedException(
                GatewayError.MISSING_SIGNATURE, what + " carries no signature"));
        if (!keys.matches(PayosData.canonical(data), signature)) {
            throw new RejectedException(GatewayError.BAD_SIGNATURE, what + " signature does not verify");
        }
        return data;
    }

    @Override
    public String toString() {
        return "PayosVerifier[" + keys.size() + " key(s) redacted]";
    }
}
