package vn.congdanso.onestop.fees.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.congdanso.core.crypto.ConstantTime;
import vn.congdanso.core.crypto.Hmac;
import vn.congdanso.core.crypto.RandomIds;
import vn.congdanso.core.time.VnTime;
import vn.congdanso.http.Transport;
import vn.congdanso.onestop.desk.DeskDefaults;
import vn.congdanso.onestop.fees.BoundedBody;
import vn.congdanso.payments.Gateway;

/**
 * The sandbox's VNPay transaction API, {@code querydr} only: the request's {@code vnp_SecureHash}
 * is checked (HMAC-SHA512 over VNPay's documented pipe-joined fields), the payment is found by
 * {@code vnp_TxnRef} and {@code vnp_TransactionDate} (its payment URL's {@code vnp_CreateDate})
 * as VNPay finds it, and the answer is signed the same way. Codes: {@code 00} found,
 * {@code 91} not found, {@code 97} bad checksum, {@code 03} malformed, {@code 02} other terminal.
 */
@RestController
@ConditionalOnProperty(name = DeskDefaults.SANDBOX, havingValue = "true")
class SandboxVnpayApi {

    private static final List<String> REQUEST_SIGNED = List.of("vnp_RequestId", "vnp_Version", "vnp_Command",
            "vnp_TmnCode", "vnp_TxnRef", "vnp_TransactionDate", "vnp_CreateDate", "vnp_IpAddr", "vnp_OrderInfo");
    private static final List<String> ANSWER_SIGNED = List.of("vnp_ResponseId", "vnp_Command", "vnp_ResponseCode",
            "vnp_Message", "vnp_TmnCode", "vnp_TxnRef", "vnp_Amount", "vnp_BankCode", "vnp_PayDate",
            "vnp_TransactionNo", "vnp_TransactionType", "vnp_TransactionStatus", "vnp_OrderInfo",
            "vnp_PromotionCode", "vnp_PromotionAmount");

    private final SandboxGateway gateway;
    private final GatewayKeys keys;
    private final Transport transport;

    SandboxVnpayApi(SandboxGateway gateway, GatewayKeys keys, Transport transport) {
        this.gateway = gateway;
        this.keys = keys;
        this.transport = transport;
    }

    @PostMapping(SandboxClients.VNPAY_API_PATH)
    ResponseEntity<String> transaction(HttpServletRequest http) {
        String body = BoundedBody.read(http);
        Optional<ObjectNode> request = SandboxJson.object(transport, body);
        if (request.isEmpty()) {
            return answer(error("03", "Invalid data format", "", ""));
        }
        ObjectNode fields = request.get();
        String txnRef = SandboxJson.text(fields, "vnp_TxnRef");
        String hash = SandboxJson.text(fields, "vnp_SecureHash");
        if (!ConstantTime.hexEquals(hmac().hex(joined(fields)), hash)) {
            return answer(error("97", "Invalid Checksum", txnRef, ""));
        }
        if (!keys.vnpayTmnCode().equals(SandboxJson.text(fields, "vnp_TmnCode"))) {
            return answer(error("02", "Merchant is not active", txnRef, ""));
        }
        if (!"querydr".equals(SandboxJson.text(fields, "vnp_Command"))) {
            return answer(error("03", "Invalid data format", txnRef, ""));
        }
        String transactionDate = SandboxJson.text(fields, "vnp_TransactionDate");
        return gateway.find(Gateway.VNPAY, txnRef)
                .filter(payment -> payment.requestKey().equals(transactionDate))
                .map(payment -> answer(found(payment)))
                .orElseGet(() -> answer(error("91", "Transaction not found", txnRef, "")));
    }

    private Map<String, String> found(SandboxPayment payment) {
        Map<String, String> answer = base("00", "QueryDR Success", payment.orderRef());
        answer.put("vnp_Amount", Long.toString(payment.amount().toHundredths()));
        answer.put("vnp_BankCode", "NCB");
        answer.put("vnp_PayDate", payment.settledAt().map(VnTime::formatCompact).orElse(""));
        answer.put("vnp_TransactionNo", payment.transactionNo().orElse(""));
        answer.put("vnp_TransactionType", "01");
        answer.put("vnp_TransactionStatus", switch (payment.status()) {
            case PAID -> "00";
            case FAILED -> "02";
            case PENDING -> "01";
        });
        answer.put("vnp_OrderInfo", payment.orderInfo());
        return answer;
    }

    private Map<String, String> error(String code, String message, String txnRef, String orderInfo) {
        Map<String, String> answer = base(code, message, txnRef);
        answer.put("vnp_OrderInfo", orderInfo);
        return answer;
    }

    private Map<String, String> base(String code, String message, String txnRef) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("vnp_ResponseId", RandomIds.hex(16));
        answer.put("vnp_Command", "querydr");
        answer.put("vnp_ResponseCode", code);
        answer.put("vnp_Message", message);
        answer.put("vnp_TmnCode", keys.vnpayTmnCode());
        answer.put("vnp_TxnRef", txnRef);
        return answer;
    }

    private ResponseEntity<String> answer(Map<String, String> fields) {
        StringJoiner signed = new StringJoiner("|");
        ANSWER_SIGNED.forEach(name -> signed.add(fields.getOrDefault(name, "")));
        fields.put("vnp_SecureHash", hmac().hex(signed.toString()));
        return SandboxJson.answer(transport, fields);
    }

    private static String joined(ObjectNode fields) {
        StringJoiner joined = new StringJoiner("|");
        REQUEST_SIGNED.forEach(name -> joined.add(SandboxJson.text(fields, name)));
        return joined.toString();
    }

    private Hmac hmac() {
        return Hmac.sha512(keys.vnpayHashSecret());
    }
}
