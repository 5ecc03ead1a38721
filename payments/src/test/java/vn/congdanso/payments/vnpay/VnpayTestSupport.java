package vn.congdanso.payments.vnpay;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;

import vn.congdanso.core.testing.SharedVectors;

/** Vectors and an independent reference signer (URLEncoder + javax.crypto) for the VNPay tests. */
final class VnpayTestSupport {

    private VnpayTestSupport() {
    }

    static List<JsonNode> vectors(String kind) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode vector : SharedVectors.vectors("vnpay")) {
            if (vector.get("kind").asText().equals(kind) || kind.equals("*")) {
                out.add(vector);
            }
        }
        return out;
    }

    static List<JsonNode> callbackVectors() {
        List<JsonNode> out = new ArrayList<>(vectors("return"));
        out.addAll(vectors("ipn"));
        return out;
    }

    static Map<String, String> params(JsonNode vector) {
        Map<String, String> params = new LinkedHashMap<>();
        vector.get("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        return params;
    }

    /** The query string as a servlet-side URLEncoder would write it, in the given order. */
    static String query(Map<String, String> params) {
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return query.toString();
    }

    /** The reference canonical string: the obvious TreeMap + URLEncoder construction. */
    static String referenceCanonical(Map<String, String> params) {
        TreeMap<String, String> sorted = new TreeMap<>(params);
        sorted.remove("vnp_SecureHash");
        sorted.remove("vnp_SecureHashType");
        sorted.values().removeIf(String::isEmpty);
        return query(sorted);
    }

    static String referenceHash(String secret, String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** {@code params} with a correct vnp_SecureHash under {@code secret}. */
    static Map<String, String> signed(String secret, Map<String, String> params) {
        Map<String, String> out = new LinkedHashMap<>(params);
        out.remove("vnp_SecureHash");
        out.put("vnp_SecureHash", referenceHash(secret, referenceCanonical(out)));
        return out;
    }

    static Map<String, String> sampleIpn() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("vnp_Amount", "12000000");
        params.put("vnp_BankCode", "NCB");
        params.put("vnp_BankTranNo", "VNP14422574");
        params.put("vnp_CardType", "ATM");
        params.put("vnp_OrderInfo", "Le phi ho tich: ho so 000.00.01.H01-261129-0001");
        params.put("vnp_PayDate", "20261129101500");
        params.put("vnp_ResponseCode", "00");
        params.put("vnp_TmnCode", "DEMOV210");
        params.put("vnp_TransactionNo", "14422574");
        params.put("vnp_TransactionStatus", "00");
        params.put("vnp_TxnRef", "HS-0001");
        return params;
    }
}
