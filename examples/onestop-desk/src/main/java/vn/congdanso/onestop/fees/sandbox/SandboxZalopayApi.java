package vn.congdanso.onestop.fees.sandbox;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.crypto.ConstantTime;
import vn.congdanso.core.crypto.Hmac;
import vn.congdanso.core.crypto.RandomIds;
import vn.congdanso.http.Transport;
import vn.congdanso.onestop.desk.DeskDefaults;
import vn.congdanso.payments.Gateway;

/**
 * The sandbox's ZaloPay API v2, at ZaloPay's own paths (the SDK's {@code ZalopayClient} takes a
 * base URL and appends them): create an order and query it, both form posts whose {@code mac}
 * is checked with key1 as ZaloPay documents it (HMAC-SHA256 over
 * {@code app_id|app_trans_id|app_user|amount|app_time|embed_data|item}, and over
 * {@code app_id|app_trans_id|key1} for a query). The payer returns to {@code embed_data}'s
 * {@code redirecturl}. Query answers: {@code return_code} 1 paid, 2 failed (with
 * {@code zp_trans_id}) or unknown (without), 3 not paid yet.
 */
@RestController
@ConditionalOnProperty(name = DeskDefaults.SANDBOX, havingValue = "true")
class SandboxZalopayApi {

    private final SandboxGateway gateway;
    private final GatewayKeys keys;
    private final Transport transport;
    private final Clock clock;

    SandboxZalopayApi(SandboxGateway gateway, GatewayKeys keys, Transport transport, Clock clock) {
        this.gateway = gateway;
        this.keys = keys;
        this.transport = transport;
        this.clock = clock;
    }

    @PostMapping("/v2/create")
    ResponseEntity<String> create(@RequestParam Map<String, String> form) {
        String signed = String.join("|", field(form, "app_id"), field(form, "app_trans_id"), field(form, "app_user"),
                field(form, "amount"), field(form, "app_time"), field(form, "embed_data"), field(form, "item"));
        if (!authentic(form, signed)) {
            return answer(2, -402, "Mac không hợp lệ", Map.of());
        }
        Vnd amount;
        try {
            amount = Vnd.parse(field(form, "amount"));
        } catch (CongDanSoException e) {
            return answer(2, -401, "Dữ liệu yêu cầu không hợp lệ", Map.of());
        }
        String appTransId = field(form, "app_trans_id");
        String returnUrl = redirectUrl(field(form, "embed_data"));
        SandboxPayment payment = gateway.open(SandboxPayment.open(Gateway.ZALOPAY, appTransId, amount,
                field(form, "description"), returnUrl, field(form, "app_time"), clock.instant()));
        if (!payment.requestKey().equals(field(form, "app_time"))) {
            return answer(2, -68, "Mã giao dịch bị trùng", Map.of());
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("order_url", SandboxJson.payerUrl(returnUrl, "/sandbox-gateway/zalopay/" + appTransId));
        extra.put("zp_trans_token", RandomIds.alphanumeric(24));
        extra.put("order_token", RandomIds.alphanumeric(24));
        return answer(1, 1, "Giao dịch thành công", extra);
    }

    @PostMapping("/v2/query")
    ResponseEntity<String> query(@RequestParam Map<String, String> form) {
        String appTransId = field(form, "app_trans_id");
        if (!authentic(form, field(form, "app_id") + "|" + appTransId + "|" + keys.zalopayKey1().revealUtf8())) {
            return answer(2, -402, "Mac không hợp lệ", Map.of());
        }
        Optional<SandboxPayment> found = gateway.find(Gateway.ZALOPAY, appTransId);
        if (found.isEmpty()) {
            return answer(2, -92, "Giao dịch không tồn tại", Map.of("is_processing", false));
        }
        SandboxPayment payment = found.get();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("is_processing", false);
        extra.put("amount", payment.amount().dong());
        payment.transactionNo().ifPresent(no -> extra.put("zp_trans_id", Long.parseLong(no)));
        return switch (payment.status()) {
            case PAID -> answer(1, 1, "Giao dịch thành công", extra);
            case FAILED -> answer(2, -101, "Giao dịch thất bại", extra);
            case PENDING -> answer(3, 1, "Giao dịch chưa được thanh toán", extra);
        };
    }

    private boolean authentic(Map<String, String> form, String signed) {
        return keys.zalopayAppId().equals(field(form, "app_id"))
                && ConstantTime.hexEquals(Hmac.sha256(keys.zalopayKey1()).hex(signed), field(form, "mac"));
    }

    /** {@code embed_data.redirecturl}, ZaloPay's documented return address; empty when absent. */
    private String redirectUrl(String embedData) {
        return SandboxJson.object(transport, embedData).map(json -> SandboxJson.text(json, "redirecturl")).orElse("");
    }

    private static String field(Map<String, String> form, String name) {
        return form.getOrDefault(name, "");
    }

    private ResponseEntity<String> answer(int returnCode, int subReturnCode, String message, Map<String, ?> fields) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("return_code", returnCode);
        answer.put("return_message", message);
        answer.put("sub_return_code", subReturnCode);
        answer.put("sub_return_message", message);
        answer.putAll(fields);
        return SandboxJson.answer(transport, answer);
    }
}
