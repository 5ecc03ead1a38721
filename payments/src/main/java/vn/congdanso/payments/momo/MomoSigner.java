package vn.congdanso.payments.momo;

import java.util.List;

import vn.congdanso.core.Secret;
import vn.congdanso.payments.internal.MacKeys;

import static java.util.Objects.requireNonNull;

/**
 * Signs MoMo v2 requests: HMAC-SHA256 with the first secret key over
 * {@code accessKey=…&amount=…&…} in MoMo's fixed field order, values raw (not URL-encoded),
 * UTF-8, lower-case hex. Thread-safe.
 */
public final class MomoSigner {

    private final MacKeys keys;
    private final Secret accessKey;
    private final String partnerCode;

    private MomoSigner(MomoConfig config) {
        this.keys = MacKeys.sha256(config.secretKeys());
        this.accessKey = config.accessKey();
        this.partnerCode = config.partnerCode();
    }

    /** A signer for {@code config}'s partner. */
    public static MomoSigner create(MomoConfig config) {
        return new MomoSigner(requireNonNull(config, "config == null"));
    }

    /** The {@code signature} of a create-payment request. */
    public String createSignature(MomoCreateRequest request) {
        return keys.sign(createText(request));
    }

    /** The {@code signature} of a status query. */
    public String querySignature(String orderId, String requestId) {
        requireNonNull(orderId, "orderId == null");
        requireNonNull(requestId, "requestId == null");
        return keys.sign(MomoFields.signedText(accessKey, List.of(
                "orderId", orderId, "partnerCode", partnerCode, "requestId", requestId)));
    }

    String createText(MomoCreateRequest request) {
        requireNonNull(request, "request == null");
        return MomoFields.signedText(accessKey, List.of(
                "amount", Long.toString(request.amount().dong()),
                "extraData", request.extraData(),
                "ipnUrl", request.ipnUrl(),
                "orderId", request.orderId(),
                "orderInfo", request.orderInfo(),
                "partnerCode", partnerCode,
                "redirectUrl", request.redirectUrl(),
                "requestId", request.requestId(),
                "requestType", request.requestType().code()));
    }

    @Override
    public String toString() {
        return "MomoSigner[partnerCode=" + partnerCode + ", keys redacted]";
    }
}
