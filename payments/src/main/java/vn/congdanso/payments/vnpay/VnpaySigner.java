package vn.congdanso.payments.vnpay;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.congdanso.core.crypto.Hmac;
import vn.congdanso.core.time.VnTime;

import static java.util.Objects.requireNonNull;

/**
 * Signs VNPay payment URLs (API 2.1.0) with the configuration's first hash secret: dates in GMT+7
 * from the configured clock whatever the JVM's zone, amount ×100 exactly once, parameters sorted
 * and form-encoded as VNPay's servers re-encode them, HMAC-SHA512 in lower-case hex. Thread-safe.
 */
public final class VnpaySigner {

    private static final HexFormat HEX = HexFormat.of();

    private final VnpayConfig config;
    private final Hmac hmac;

    private VnpaySigner(VnpayConfig config) {
        this.config = config;
        this.hmac = Hmac.sha512(config.hashSecrets().get(0));
    }

    /** A signer for {@code config}'s terminal. */
    public static VnpaySigner create(VnpayConfig config) {
        return new VnpaySigner(requireNonNull(config, "config == null"));
    }

    /** The signed payment-page URL to redirect the citizen's browser to. */
    public String paymentUrl(VnpayPaymentRequest request) {
        Map<String, String> parameters = parameters(request);
        VnpayParameters canonical = VnpayParameters.fromMap(parameters);
        String query = new String(canonical.canonical(), StandardCharsets.US_ASCII);
        String base = config.paymentUrl().toString();
        return base + (base.contains("?") ? "&" : "?") + query + "&" + VnpayParameters.SECURE_HASH + "="
                + HEX.formatHex(hmac.sign(canonical.canonical()));
    }

    /**
     * The {@code vnp_SecureHash} of arbitrary {@code vnp_*} parameters (decoded values): hash
     * fields and empty values are left out, as VNPay does.
     */
    public String sign(Map<String, String> parameters) {
        requireNonNull(parameters, "parameters == null");
        return HEX.formatHex(hmac.sign(VnpayParameters.fromMap(parameters).canonical()));
    }

    /** The unsigned parameters of {@code request}, in VNPay's documented order. */
    Map<String, String> parameters(VnpayPaymentRequest request) {
        requireNonNull(request, "request == null");
        Instant created = request.createDate().orElseGet(config.clock()::instant);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("vnp_Version", VnpayClient.VERSION);
        parameters.put("vnp_Command", "pay");
        parameters.put("vnp_TmnCode", config.tmnCode());
        parameters.put("vnp_Amount", Long.toString(request.amount().toHundredths()));
        parameters.put("vnp_CurrCode", "VND");
        parameters.put("vnp_TxnRef", request.txnRef());
        parameters.put("vnp_OrderInfo", request.orderInfo());
        parameters.put("vnp_OrderType", request.orderType());
        parameters.put("vnp_Locale", request.language().code());
        parameters.put("vnp_ReturnUrl", request.returnUrl());
        parameters.put("vnp_IpAddr", request.ipAddr());
        parameters.put("vnp_CreateDate", VnTime.formatCompact(created));
        parameters.put("vnp_ExpireDate", VnTime.formatCompact(created.plus(config.expireAfter())));
        request.bankCode().ifPresent(code -> parameters.put("vnp_BankCode", code));
        return parameters;
    }

    @Override
    public String toString() {
        return "VnpaySigner[tmnCode=" + config.tmnCode() + ", secret redacted]";
    }
}
