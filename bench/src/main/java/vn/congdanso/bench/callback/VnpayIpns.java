package vn.congdanso.bench.callback;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import vn.congdanso.core.Secret;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.vnpay.VnpayVerifier;

/**
 * Paid VNPay IPNs as VNPay sends them, signed the way the shared vector {@code vnpay.json}
 * describes (sorted fields, URLEncoder-encoded values, HMAC-SHA512 in lower-case hex), and the
 * real {@link VnpayVerifier} for their terminal and test secret.
 */
final class VnpayIpns {

    static final String TMN_CODE = "BENCHTMN";
    private static final String SECRET = "TESTSECRET_NOT_REAL_0123456789AB";

    private VnpayIpns() {
    }

    /** The verifier the pipeline benchmark measures. */
    static VnpayVerifier verifier() {
        return VnpayVerifier.of(TMN_CODE, Secret.of(SECRET));
    }

    /** A signed, paid IPN for {@code ref}. */
    static RawCallback ipn(String ref, long amount, long transactionNo) {
        Map<String, String> fields = new TreeMap<>();
        fields.put("vnp_Amount", Long.toString(amount * 100));
        fields.put("vnp_BankCode", "NCB");
        fields.put("vnp_BankTranNo", "VNP" + transactionNo);
        fields.put("vnp_CardType", "ATM");
        fields.put("vnp_OrderInfo", "Le phi ho tich: ho so " + ref);
        fields.put("vnp_PayDate", "20261129101500");
        fields.put("vnp_ResponseCode", "00");
        fields.put("vnp_TmnCode", TMN_CODE);
        fields.put("vnp_TransactionNo", Long.toString(transactionNo));
        fields.put("vnp_TransactionStatus", "00");
        fields.put("vnp_TxnRef", ref);
        StringBuilder data = new StringBuilder();
        fields.forEach((name, value) -> data.append(data.length() == 0 ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return RawCallback.get(data + "&vnp_SecureHash=" + sign(data.toString()));
    }

    /** One keyed MAC per thread: the benchmarks sign hundreds of thousands of IPNs before measuring. */
    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(() -> {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    private static String sign(String data) {
        return HexFormat.of().formatHex(MAC.get().doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }
}
