package vn.congdanso.payments.momo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import vn.congdanso.payments.internal.QueryText;
import vn.congdanso.payments.internal.VerifiedCallbacks;

import static java.util.Objects.requireNonNull;

/**
 * Verifies MoMo v2 results into a {@link VerifiedCallback}: the IPN (a POST whose body is JSON)
 * and the browser redirect (a GET whose query carries the same fields). The signature is
 * HMAC-SHA256 over
 * {@code accessKey=…&amount=…&extraData=…&message=…&orderId=…&orderInfo=…&orderType=…&partnerCode=…&payType=…&requestId=…&responseTime=…&resultCode=…&transId=…}
 * (values raw), with the access key and secret keys of the {@code partnerCode} the result names,
 * compared in constant time under every active pair. Members outside that list are not signed
 * and are dropped. Thread-safe.
 *
 * <p>Status: {@code PAID} for {@code resultCode} 0, {@code PENDING} for 9000 (authorised), 1000
 * (waiting for the payer) and 7000/7002 (processing), {@code FAILED} otherwise. The redirect is a
 * hint for the page shown; the IPN or a query is authoritative.
 */
public final class MomoVerifier implements CallbackVerifier {

    private static final String WHAT = "MoMo result";

    private final CallbackKeys secretKeys;
    private final MerchantKeys accessKeys;

    private MomoVerifier(MerchantKeys secretKeys, MerchantKeys accessKeys) {
        this.secretKeys = CallbackKeys.sha256(secretKeys);
        this.accessKeys = requireNonNull(accessKeys, "accessKeys == null");
    }

    /**
     * A verifier whose partners come from two key sources keyed by {@code partnerCode}: the
     * secret keys (HMAC keys) and the access keys (part of the signed text; during an access-key
     * rotation every pair is tried).
     */
    public static MomoVerifier create(MerchantKeys secretKeys, MerchantKeys accessKeys) {
        return new MomoVerifier(requireNonNull(secretKeys, "secretKeys == null"), accessKeys);
    }

    /** A verifier for {@code config}'s partner, access key and secret keys. */
    public static MomoVerifier create(MomoConfig config) {
        requireNonNull(config, "config == null");
        return create(config.merchantKeys(), config.accessKeys());
    }

    /** A verifier for one partner with its access key and the secret keys active during a rotation. */
    public static MomoVerifier of(String partnerCode, Secret accessKey, Secret secretKey, Secret... stillAccepted) {
        return create(MerchantKeys.of(partnerCode, MacKeys.rotation(secretKey, stillAccepted)),
                MerchantKeys.of(partnerCode, accessKey));
    }

    @Override
    public Gateway gateway() {
        return Gateway.MOMO;
    }

    /**
     * Verifies an IPN POST (JSON body) or a redirect GET (query).
     *
     * @throws RejectedException {@link GatewayError#MISSING_SIGNATURE}, {@link GatewayError#BAD_SIGNATURE},
     *                           {@link GatewayError#MERCHANT_MISMATCH} for a partner without keys,
     *                           {@link GatewayError#DUPLICATE_PARAMETER} for a repeated key,
     *                           {@link GatewayError#BAD_AMOUNT} for a zero amount or, in JSON, an
     *                           amount sent as text, {@link GatewayError#BAD_CALLBACK} for a
     *                           body that is not a JSON object of text and whole numbers, or lacks
     *                           a signed field
     */
    @Override
    public VerifiedCallback verify(RawCallback callback) {
        requireNonNull(callback, "callback == null");
        if ("GET".equals(callback.method())) {
            return check(QueryText.decode(callback.query(), "MoMo redirect"));
        }
        ObjectNode json = CallbackJson.parseObject(callback.bodyText(), "MoMo IPN");
        VerifiedCallback verified = check(CallbackJson.signedFields(json));
        CallbackJson.positiveAmount(json, "amount", "MoMo IPN");
        return verified;
    }

    /**
     * MoMo's answer: HTTP 204 without a body for every verified outcome (MoMo stops resending),
     * 400 for a bad signature, 503 to have it delivered again.
     */
    @Override
    public CallbackAck acknowledge(CallbackOutcome outcome) {
        return switch (requireNonNull(outcome, "outcome == null")) {
            case BAD_SIGNATURE -> CallbackAck.empty(400);
            case RETRY -> CallbackAck.empty(503);
            case APPLIED, DUPLICATE, UNKNOWN_ORDER, AMOUNT_MISMATCH, REJECTED -> CallbackAck.empty(204);
        };
    }

    private VerifiedCallback check(Map<String, String> fields) {
        String signature = fields.getOrDefault("signature", "");
        if (signature.isEmpty()) {
            throw new RejectedException(GatewayError.MISSING_SIGNATURE, "MoMo result carries no signature");
        }
        String partnerCode = fields.getOrDefault("partnerCode", "");
        if (partnerCode.isEmpty()) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, "MoMo result lacks partnerCode");
        }
        MacKeys keys = secretKeys.of(partnerCode, WHAT);
        Map<String, String> signed = new LinkedHashMap<>();
        List<String> namesAndValues = new ArrayList<>(MomoFields.RESULT.size() * 2);
        for (String name : MomoFields.RESULT) {
            String value = fields.getOrDefault(name, "");
            signed.put(name, value);
            namesAndValues.add(name);
            namesAndValues.add(value);
        }
        boolean matched = false;
        for (Secret accessKey : accessKeys.keys(partnerCode)) {
            matched |= keys.matches(MomoFields.signedText(accessKey, namesAndValues), signature);
        }
        if (!matched) {
            throw new RejectedException(GatewayError.BAD_SIGNATURE, "MoMo signature does not verify");
        }
        return read(partnerCode, signed);
    }

    private static VerifiedCallback read(String partnerCode, Map<String, String> signed) {
        String orderId = signed.get("orderId");
        if (orderId.isEmpty()) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, "MoMo result lacks orderId");
        }
        long amount = number(signed, "amount");
        if (amount <= 0) {
            throw new RejectedException(GatewayError.BAD_AMOUNT, "MoMo result has an amount that is not positive");
        }
        long resultCode = number(signed, "resultCode");
        PaymentStatus status = resultCode == 0 ? PaymentStatus.PAID
                : resultCode == 9000 || resultCode == 1000 || resultCode == 7000 || resultCode == 7002
                        ? PaymentStatus.PENDING : PaymentStatus.FAILED;
        long transId = number(signed, "transId");
        return VerifiedCallbacks.create(new VerifiedCallbacks.Fields(Gateway.MOMO, partnerCode, orderId,
                transId > 0 ? Long.toString(transId) : "", Vnd.of(amount), status,
                GatewayTime.epochMillis(number(signed, "responseTime"), "responseTime"), signed));
    }

    private static long number(Map<String, String> signed, String name) {
        String text = signed.get(name);
        if (!text.matches("-?[0-9]{1,18}")) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, "MoMo result lacks a whole-number " + name);
        }
        return Long.parseLong(text);
    }

    @Override
    public String toString() {
        return "MomoVerifier[" + secretKeys + "]";
    }
}
