package vn.congdanso.payments.payos;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.congdanso.payments.internal.MacKeys;

import static java.util.Objects.requireNonNull;

/**
 * Signs payOS requests with the first checksum key (HMAC-SHA256, lower-case hex): a payment link
 * over {@code amount=…&cancelUrl=…&description=…&orderCode=…&returnUrl=…}, values raw.
 * Thread-safe.
 */
public final class PayosSigner {

    private final MacKeys keys;

    private PayosSigner(PayosConfig config) {
        this.keys = MacKeys.sha256(config.checksumKeys());
    }

    /** A signer with {@code config}'s checksum keys. */
    public static PayosSigner create(PayosConfig config) {
        return new PayosSigner(requireNonNull(config, "config == null"));
    }

    /** The {@code signature} of a create-payment-link request. */
    public String paymentLinkSignature(PayosPaymentLinkRequest request) {
        return keys.sign(paymentLinkText(request));
    }

    /** The signature of arbitrary flat {@code data}: keys sorted, {@code key=value} joined by {@code &}. */
    public String sign(Map<String, String> data) {
        requireNonNull(data, "data == null");
        return keys.sign(PayosData.canonical(data));
    }

    static String paymentLinkText(PayosPaymentLinkRequest request) {
        requireNonNull(request, "request == null");
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put("amount", Long.toString(request.amount().dong()));
        signed.put("cancelUrl", request.cancelUrl());
        signed.put("description", request.description());
        signed.put("orderCode", Long.toString(request.orderCode()));
        signed.put("returnUrl", request.returnUrl());
        return PayosData.canonical(signed);
    }

    @Override
    public String toString() {
        return "PayosSigner[" + keys.size() + " key(s) redacted]";
    }
}
