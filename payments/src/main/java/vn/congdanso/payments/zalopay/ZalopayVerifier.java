package vn.congdanso.payments.zalopay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.internal.CallbackJson;
import vn.congdanso.payments.internal.MacKeys;

import static java.util.Objects.requireNonNull;

/**
 * Verifies ZaloPay v2 callbacks {@code {"data":"…","mac":"…","type":1}}: the MAC is
 * HMAC-SHA256(key2, data) over the {@code data} string exactly as received, checked in constant
 * time under every active key2 before {@code data} is parsed. Thread-safe.
 */
public final class ZalopayVerifier {

    private static final List<String> REDIRECT_FIELDS = List.of("appid", "apptransid", "pmcid", "bankcode", "amount",
            "discountamount", "status");

    private final MacKeys key2s;

    private ZalopayVerifier(List<Secret> key2s) {
        this.key2s = MacKeys.sha256(key2s);
    }

    /** A verifier with {@code config}'s key2 values. */
    public static ZalopayVerifier create(ZalopayConfig config) {
        requireNonNull(config, "config == null");
        return new ZalopayVerifier(config.key2s());
    }

    /** A verifier with {@code key2} and any others still active during a rotation. */
    public static ZalopayVerifier of(Secret key2, Secret... stillAccepted) {
        return new ZalopayVerifier(MacKeys.rotation(key2, stillAccepted));
    }

    /**
     * Verifies the JSON body of a callback POST.
     *
     * @throws RejectedException {@link GatewayError#MISSING_SIGNATURE} without {@code mac},
     *                           {@link GatewayError#BAD_SIGNATURE} when it does not match,
     *                           {@link GatewayError#DUPLICATE_PARAMETER} for a repeated key,
     *                           {@link GatewayError#BAD_CALLBACK} for a body or {@code data}
     *                           that is not the expected JSON
     */
    public ZalopayCallback verify(String body) {
        requireNonNull(body, "body == null");
        ObjectNode envelope = CallbackJson.parseObject(body, "ZaloPay callback");
        JsonNode data = envelope.get("data");
        if (data == null || !data.isTextual()) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, "ZaloPay callback lacks a data string");
        }
        String mac = CallbackJson.text(envelope, "mac").orElseThrow(() -> new RejectedException(
                GatewayError.MISSING_SIGNATURE, "ZaloPay callback carries no mac"));
        if (!key2s.matches(data.textValue(), mac)) {
            throw new RejectedException(GatewayError.BAD_SIGNATURE, "ZaloPay callback mac does not verify");
        }
        long type = envelope.hasNonNull("type") ? CallbackJson.longValue(envelope, "type", "ZaloPay callback") : 1;
        if (type < 0 || type > Integer.MAX_VALUE) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, "ZaloPay callback type is out of range");
        }
        return ZalopayCallback.parse(data.textValue(), (int) type);
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
        if (!key2s.matches(signed.toString(), checksum)) {
            throw new RejectedException(GatewayError.BAD_SIGNATURE, "ZaloPay redirect checksum does not verify");
        }
        return ZalopayRedirect.from(fields);
    }

    @Override
    public String toString() {
        return "ZalopayVerifier[" + key2s.size() + " key(s) redacted]";
    }
}
