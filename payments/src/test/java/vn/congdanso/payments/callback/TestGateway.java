package vn.congdanso.payments.callback;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.CallbackAck;
import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.CallbackVerifier;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.VerifiedCallback;
import vn.congdanso.payments.internal.VerifiedCallbacks;

/**
 * A VNPay-like test gateway: callbacks are GET queries signed with HMAC-SHA512 over the sorted
 * fields, answered with VNPay's RspCode vocabulary. Built here so the pipeline tests do not
 * depend on the gateway adapters.
 */
final class TestGateway implements CallbackVerifier {

    static final String MERCHANT = "TESTMRCH";
    private static final byte[] KEY = "test-secret-not-a-real-key-0001".getBytes(StandardCharsets.US_ASCII);

    @Override
    public Gateway gateway() {
        return Gateway.VNPAY;
    }

    /** A signed callback: {@code code} 00 means paid, anything else failed. */
    static RawCallback callback(String ref, long amount, String transactionId, String code) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vnp_Amount", Long.toString(amount * 100));
        fields.put("vnp_BankAccount", "0011004123456");
        fields.put("vnp_ResponseCode", code);
        fields.put("vnp_TmnCode", MERCHANT);
        fields.put("vnp_TransactionNo", transactionId);
        fields.put("vnp_TxnRef", ref);
        String data = encode(fields);
        return RawCallback.get(data + "&vnp_SecureHash=" + sign(data));
    }

    static RawCallback paid(String ref, long amount, String transactionId) {
        return callback(ref, amount, transactionId, "00");
    }

    /** {@code raw} with the signature of another key. */
    static RawCallback forged(String ref, long amount, String transactionId) {
        String query = paid(ref, amount, transactionId).query();
        return RawCallback.get(query.substring(0, query.indexOf("&vnp_SecureHash=")) + "&vnp_SecureHash="
                + "ab".repeat(64));
    }

    @Override
    public VerifiedCallback verify(RawCallback callback) {
        String query = callback.query();
        int at = query.lastIndexOf("&vnp_SecureHash=");
        if (at < 0) {
            throw new RejectedException(GatewayError.MISSING_SIGNATURE, "no vnp_SecureHash");
        }
        String data = query.substring(0, at);
        byte[] expected = sign(data).getBytes(StandardCharsets.US_ASCII);
        byte[] given = query.substring(at + "&vnp_SecureHash=".length()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new RejectedException(GatewayError.BAD_SIGNATURE, "vnp_SecureHash does not match");
        }
        Map<String, String> fields = decode(data);
        PaymentStatus status = "00".equals(fields.get("vnp_ResponseCode")) ? PaymentStatus.PAID : PaymentStatus.FAILED;
        return VerifiedCallbacks.create(new VerifiedCallbacks.Fields(Gateway.VNPAY, fields.get("vnp_TmnCode"),
                fields.get("vnp_TxnRef"), fields.get("vnp_TransactionNo"),
                Vnd.ofHundredths(Long.parseLong(fields.get("vnp_Amount"))), status, null, fields));
    }

    /** A verified answer as a query API would give it. */
    static VerifiedCallback answer(String ref, long amount, String transactionId, PaymentStatus status) {
        return new TestGateway().verify(callback(ref, amount, transactionId,
                status == PaymentStatus.PAID ? "00" : "24"));
    }

    @Override
    public CallbackAck acknowledge(CallbackOutcome outcome) {
        String code = switch (outcome) {
            case APPLIED -> "00";
            case DUPLICATE, REJECTED -> "02";
            case UNKNOWN_ORDER -> "01";
            case AMOUNT_MISMATCH -> "04";
            case BAD_SIGNATURE -> "97";
            case RETRY -> "99";
        };
        return CallbackAck.json("{\"RspCode\":\"" + code + "\"}");
    }

    private static String encode(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((name, value) -> out.append(out.length() == 0 ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return out.toString();
    }

    private static Map<String, String> decode(String data) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : data.split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new RejectedException(GatewayError.BAD_CALLBACK, "field without a value");
            }
            fields.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static String sign(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(KEY, "HmacSHA512"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
