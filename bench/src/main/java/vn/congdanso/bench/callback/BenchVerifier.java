package vn.congdanso.bench.callback;

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
 * A VNPay-shaped IPN verifier with VNPay's crypto cost (HMAC-SHA512 over the query, constant-time
 * compare, percent-decoding), standing in for {@code VnpayVerifier} until that implements
 * {@link CallbackVerifier}.
 */
final class BenchVerifier implements CallbackVerifier {

    private static final byte[] KEY = "TESTSECRET_NOT_REAL_0123456789AB".getBytes(StandardCharsets.US_ASCII);
    private static final String HASH = "&vnp_SecureHash=";

    @Override
    public Gateway gateway() {
        return Gateway.VNPAY;
    }

    /** A signed IPN for {@code ref}, paid. */
    static RawCallback ipn(String ref, long amount, long transactionNo) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vnp_Amount", Long.toString(amount * 100));
        fields.put("vnp_BankCode", "NCB");
        fields.put("vnp_OrderInfo", "Le phi ho tich: ho so " + ref);
        fields.put("vnp_PayDate", "20261129101500");
        fields.put("vnp_ResponseCode", "00");
        fields.put("vnp_TmnCode", "BENCHTMN");
        fields.put("vnp_TransactionNo", Long.toString(transactionNo));
        fields.put("vnp_TransactionStatus", "00");
        fields.put("vnp_TxnRef", ref);
        StringBuilder data = new StringBuilder();
        fields.forEach((name, value) -> data.append(data.length() == 0 ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return RawCallback.get(data + HASH + sign(data.toString()));
    }

    @Override
    public VerifiedCallback verify(RawCallback callback) {
        String query = callback.query();
        int at = query.lastIndexOf(HASH);
        if (at < 0) {
            throw new RejectedException(GatewayError.MISSING_SIGNATURE, "no vnp_SecureHash");
        }
        String data = query.substring(0, at);
        if (!MessageDigest.isEqual(sign(data).getBytes(StandardCharsets.US_ASCII),
                query.substring(at + HASH.length()).getBytes(StandardCharsets.US_ASCII))) {
            throw new RejectedException(GatewayError.BAD_SIGNATURE, "vnp_SecureHash does not match");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : data.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return VerifiedCallbacks.create(new VerifiedCallbacks.Fields(Gateway.VNPAY, fields.get("vnp_TmnCode"),
                fields.get("vnp_TxnRef"), fields.get("vnp_TransactionNo"),
                Vnd.ofHundredths(Long.parseLong(fields.get("vnp_Amount"))), PaymentStatus.PAID, null, fields));
    }

    @Override
    public CallbackAck acknowledge(CallbackOutcome outcome) {
        return CallbackAck.json(outcome == CallbackOutcome.APPLIED ? "{\"RspCode\":\"00\"}" : "{\"RspCode\":\"02\"}");
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
