package vn.congdanso.payments.payos;

import java.util.Map;

import vn.congdanso.payments.internal.MacKeys;

import static java.util.Objects.requireNonNull;

/**
 * Signs payOS requests with the first checksum key (HMAC-SHA256, lower-case hex), as payOS's
 * reference SDK does ({@code @payos/node} 2.x, {@code NodeCryptoProvider}): a payment link over
 * {@code amount=…&cancelUrl=…&description=…&orderCode=…&returnUrl=…} with every value written raw
 * ({@code createSignatureOfPaymentRequest}); any other {@code data} by the webhook rule
 * ({@code createSignatureFromObj}), which {@link #sign(Map)} applies. Thread-safe.
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

    /**
     * The signature of flat text {@code data} by payOS's data rule, the one that signs webhooks:
     * keys sorted, {@code key=value} joined by {@code &}, nothing encoded, and a null value or the
     * text {@code "null"} or {@code "undefined"} written as the empty value.
     */
    public String sign(Map<String, String> data) {
        requireNonNull(data, "data == null");
        return keys.sign(PayosData.canonical(data));
    }

    static String paymentLinkText(PayosPaymentLinkRequest request) {
        requireNonNull(request, "request == null");
        return "amount=" + request.amount().dong() + "&cancelUrl=" + request.cancelUrl()
                + "&description=" + request.description() + "&orderCode=" + request.orderCode()
                + "&returnUrl=" + request.returnUrl();
    }

    @Override
    public String toString() {
        return "PayosSigner[" + keys.size() + " key(s) redacted]";
    }
}
