package vn.congdanso.payments.momo;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.internal.CallbackJson;
import vn.congdanso.payments.internal.MacKeys;

import static java.util.Objects.requireNonNull;

/**
 * Verifies MoMo v2 IPN bodies and redirect results into a {@link MomoIpn}: HMAC-SHA256 over
 * {@code accessKey=…&amount=…&extraData=…&message=…&orderId=…&orderInfo=…&orderType=…&partnerCode=…&payType=…&requestId=…&responseTime=…&resultCode=…&transId=…}
 * (access key from the configuration, values raw), compared in constant time with
 * {@code signature} under every active secret key. No field is interpreted before that check.
 * Thread-safe.
 */
public final class MomoVerifier {

    private final MacKeys keys;
    private final Secret accessKey;

    private MomoVerifier(List<Secret> secretKeys, Secret accessKey) {
        this.keys = MacKeys.sha256(secretKeys);
        this.accessKey = accessKey;
    }

    /** A verifier with {@code config}'s access key and secret keys. */
    public static MomoVerifier create(MomoConfig config) {
        requireNonNull(config, "config == null");
        return new MomoVerifier(config.secretKeys(), config.accessKey());
    }

    /** A verifier with one access key and the secret keys active during a rotation. */
    public static MomoVerifier of(Secret accessKey, Secret secretKey, Secret... stillAccepted) {
        requireNonNull(accessKey, "accessKey == null");
        return new MomoVerifier(MacKeys.rotation(secretKey, stillAccepted), accessKey);
    }

    /**
     * Verifies the JSON body of an IPN POST.
     *
     * @throws RejectedException {@link GatewayError#MISSING_SIGNATURE}, {@link GatewayError#BAD_SIGNATURE},
     *                           {@link GatewayError#DUPLICATE_PARAMETER} for a repeated key,
     *                           {@link GatewayError#BAD_CALLBACK} for a body that is not a JSON
     *                           object of text and whole numbers, or lacks a signed field
     */
    public MomoIpn verifyIpn(String body) {
        requireNonNull(body, "body == null");
        ObjectNode json = CallbackJson.parseObject(body, "MoMo IPN");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            String name = it.next().getKey();
            fields.put(name, CallbackJson.signedText(json, name));
        }
        return verify(fields);
    }

    /**
     * Verifies the decoded query parameters of the browser redirect (same fields and signature as
     * the IPN). The redirect is a hint for the page shown; the IPN or a query is authoritative.
     *
     * @throws RejectedException as {@link #verifyIpn(String)}
     */
    public MomoIpn verifyRedirect(Map<String, String> parameters) {
        requireNonNull(parameters, "parameters == null");
        Map<String, String> fields = new LinkedHashMap<>(parameters);
        if (fields.containsKey(null) || fields.containsValue(null)) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, "MoMo redirect has a null key or value");
        }
        return verify(fields);
    }

    private MomoIpn verify(Map<String, String> fields) {
        String signature = fields.getOrDefault("signature", "");
        if (signature.isEmpty()) {
            throw new RejectedException(GatewayError.MISSING_SIGNATURE, "MoMo result carries no signature");
        }
        List<String> signed = new ArrayList<>(MomoFields.RESULT.size() * 2);
        for (String name : MomoFields.RESULT) {
            signed.add(name);
            signed.add(fields.getOrDefault(name, ""));
        }
        if (!keys.matches(MomoFields.signedText(accessKey, signed), signature)) {
            throw new RejectedException(GatewayError.BAD_SIGNATURE, "MoMo signature does not verify");
        }
        return MomoIpn.from(fields);
    }

    @Override
    public String toString() {
        return "MomoVerifier[" + keys.size() + " key(s) redacted]";
    }
}
