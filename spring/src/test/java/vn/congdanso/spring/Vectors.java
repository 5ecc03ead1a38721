package vn.congdanso.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.congdanso.core.Secret;
import vn.congdanso.payments.vnpay.VnpayConfig;
import vn.congdanso.payments.vnpay.VnpaySigner;

/**
 * The signed callbacks of the shared vectors ({@code ../shared/vectors}), one per gateway, as
 * they go over the wire, and their secrets. The order amounts are the vectors' own.
 */
final class Vectors {

    static final String VNPAY_ORDER = "1716257871703";
    static final String MOMO_ORDER = "MOMO1721014629740";
    static final String ZALOPAY_ORDER = "200904_2553_1598435687208";
    static final String PAYOS_ORDER = "123";
    static final String VNPAY_MISMATCH_ORDER = "MISMATCH-0001";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Vectors() {
    }

    static JsonNode vector(String gateway, String id) {
        Path file = Path.of(System.getProperty("congdanso.shared", "../../shared"), "vectors", gateway + ".json");
        try {
            for (JsonNode vector : JSON.readTree(file.toFile()).get("vectors")) {
                if (vector.get("id").asText().equals(id)) {
                    return vector;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no vector " + id + " in " + file);
    }

    static JsonNode vnpay() {
        return vector("vnpay", "vnp-lehuygiang28-fixture");
    }

    static JsonNode momo() {
        return vector("momo", "momo-ipn-success-1721014629740");
    }

    static JsonNode zalopay() {
        return vector("zalopay", "zp-callback-docs");
    }

    static JsonNode payos() {
        return vector("payos", "payos-webhook-docs");
    }

    /** The gateway properties the vectors' secrets configure. */
    static Map<String, String> properties() {
        return Map.of(
                "congdanso.payments.vnpay.tmn-code", vnpay().at("/params/vnp_TmnCode").asText(),
                "congdanso.payments.vnpay.hash-secret", vnpay().get("secret").asText(),
                "congdanso.payments.momo.partner-code", momo().at("/ipn/partnerCode").asText(),
                "congdanso.payments.momo.access-key", momo().get("accessKey").asText(),
                "congdanso.payments.momo.secret-key", momo().get("secret").asText(),
                "congdanso.payments.zalopay.app-id", "2553",
                "congdanso.payments.zalopay.key2", zalopay().get("key2").asText(),
                "congdanso.payments.payos.client-id", "test-client-id",
                "congdanso.payments.payos.checksum-key", payos().get("checksumKey").asText());
    }

    /** The VNPay IPN query as VNPay sends it. */
    static String vnpayQuery() {
        return vnpay().get("canonical").asText() + "&vnp_SecureHash=" + vnpay().get("expectHash").asText();
    }

    /** The VNPay IPN query with the amount raised after signing. */
    static String vnpayForgedQuery() {
        return vnpayQuery().replace("vnp_Amount=1000000", "vnp_Amount=1000100");
    }

    /** A genuine VNPay IPN, signed with the vector's secret, for {@link #VNPAY_MISMATCH_ORDER} of 20 000 đồng. */
    static String vnpayMismatchQuery() {
        Map<String, String> params = new TreeMap<>();
        params.put("vnp_Amount", "2000000");
        params.put("vnp_BankCode", "NCB");
        params.put("vnp_OrderInfo", "Thanh toan le phi");
        params.put("vnp_PayDate", "20261201090000");
        params.put("vnp_ResponseCode", "00");
        params.put("vnp_TmnCode", vnpay().at("/params/vnp_TmnCode").asText());
        params.put("vnp_TransactionNo", "90000001");
        params.put("vnp_TransactionStatus", "00");
        params.put("vnp_TxnRef", VNPAY_MISMATCH_ORDER);
        VnpaySigner signer = VnpaySigner.create(VnpayConfig.builder().tmnCode(params.get("vnp_TmnCode"))
                .hashSecrets(Secret.of(vnpay().get("secret").asText())).sandbox().build());
        StringBuilder query = new StringBuilder();
        params.forEach((key, value) -> query.append(key).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
        return query.append("vnp_SecureHash=").append(signer.sign(params)).toString();
    }

    static String momoBody() {
        return momo().get("ipn").toString();
    }

    static String momoForgedBody() {
        ObjectNode ipn = momo().get("ipn").deepCopy();
        ipn.put("amount", 5000);
        return ipn.toString();
    }

    static String zalopayBody() {
        return zalopay().get("callback").toString();
    }

    static String zalopayForgedBody() {
        ObjectNode callback = zalopay().get("callback").deepCopy();
        callback.put("data", callback.get("data").asText().replace("\"amount\":10000", "\"amount\":100"));
        return callback.toString();
    }

    static String payosBody() {
        return payos().get("webhook").toString();
    }

    static String payosForgedBody() {
        ObjectNode webhook = payos().get("webhook").deepCopy();
        ((ObjectNode) webhook.get("data")).put("amount", 30);
        return webhook.toString();
    }
}
