package vn.congdanso.onestop.fees.sandbox;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.crypto.ConstantTime;
import vn.congdanso.http.Transport;
import vn.congdanso.onestop.desk.DeskDefaults;
import vn.congdanso.onestop.fees.BoundedBody;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.momo.MomoConfig;
import vn.congdanso.payments.momo.MomoCreateRequest;
import vn.congdanso.payments.momo.MomoSigner;

/**
 * The sandbox's MoMo payment API v2, at MoMo's own paths (the SDK's {@code MomoClient} takes a
 * base URL and appends them): create a payment and query it. Each request's {@code signature}
 * is checked by recomputing it with the SDK's {@link MomoSigner} on the same fields, as MoMo
 * checks it. Result codes: {@code 0} success, {@code 1000} awaiting payment, {@code 1006}
 * declined, {@code 13} authentication failed, {@code 20} malformed request, {@code 41} order
 * already settled, {@code 42} order not found.
 */
@RestController
@ConditionalOnProperty(name = DeskDefaults.SANDBOX, havingValue = "true")
class SandboxMomoApi {

    private final SandboxGateway gateway;
    private final GatewayKeys keys;
    private final Transport transport;
    private final Clock clock;

    SandboxMomoApi(SandboxGateway gateway, GatewayKeys keys, Transport transport, Clock clock) {
        this.gateway = gateway;
        this.keys = keys;
        this.transport = transport;
        this.clock = clock;
    }

    @PostMapping("/v2/gateway/api/create")
    ResponseEntity<String> create(HttpServletRequest http) {
        String body = BoundedBody.read(http);
        Optional<ObjectNode> json = SandboxJson.object(transport, body);
        if (json.isEmpty()) {
            return answer(20, "Bad format request.", Map.of());
        }
        ObjectNode fields = json.get();
        MomoCreateRequest request;
        try {
            request = MomoCreateRequest.builder().orderId(SandboxJson.text(fields, "orderId"))
                    .requestId(SandboxJson.text(fields, "requestId"))
                    .amount(Vnd.parse(SandboxJson.text(fields, "amount")))
                    .orderInfo(SandboxJson.text(fields, "orderInfo"))
                    .redirectUrl(SandboxJson.text(fields, "redirectUrl"))
                    .ipnUrl(SandboxJson.text(fields, "ipnUrl"))
                    .requestType(requestType(SandboxJson.text(fields, "requestType")))
                    .extraData(SandboxJson.text(fields, "extraData")).build();
        } catch (CongDanSoException | IllegalArgumentException e) {
            return answer(20, "Bad format request.", Map.of());
        }
        if (!authentic(fields, signer().createSignature(request))) {
            return answer(13, "Merchant authentication failed.", Map.of());
        }
        SandboxPayment payment = gateway.open(SandboxPayment.open(Gateway.MOMO, request.orderId(), request.amount(),
                request.orderInfo(), request.redirectUrl(), request.requestId(), clock.instant()));
        if (!payment.requestKey().equals(request.requestId())) {
            return answer(41, "Duplicated orderId.", Map.of("orderId", request.orderId()));
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("orderId", request.orderId());
        extra.put("requestId", request.requestId());
        extra.put("amount", request.amount().dong());
        extra.put("payUrl", SandboxJson.payerUrl(request.redirectUrl(), "/sandbox-gateway/momo/" + request.orderId()));
        return answer(0, "Thành công.", extra);
    }

    @PostMapping("/v2/gateway/api/query")
    ResponseEntity<String> query(HttpServletRequest http) {
        String body = BoundedBody.read(http);
        Optional<ObjectNode> json = SandboxJson.object(transport, body);
        if (json.isEmpty()) {
            return answer(20, "Bad format request.", Map.of());
        }
        ObjectNode fields = json.get();
        String orderId = SandboxJson.text(fields, "orderId");
        if (!authentic(fields, signer().querySignature(orderId, SandboxJson.text(fields, "requestId")))) {
            return answer(13, "Merchant authentication failed.", Map.of());
        }
        Optional<SandboxPayment> found = gateway.find(Gateway.MOMO, orderId);
        if (found.isEmpty()) {
            return answer(42, "Invalid orderId or orderId is not found.", Map.of("orderId", orderId));
        }
        SandboxPayment payment = found.get();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("orderId", orderId);
        extra.put("requestId", SandboxJson.text(fields, "requestId"));
        extra.put("extraData", "");
        extra.put("amount", payment.amount().dong());
        extra.put("transId", payment.transactionNo().map(Long::parseLong).orElse(0L));
        extra.put("payType", "qr");
        extra.put("refundTrans", List.of());
        return switch (payment.status()) {
            case PAID -> answer(0, "Thành công.", extra);
            case FAILED -> answer(1006, "Giao dịch bị từ chối bởi người dùng.", extra);
            case PENDING -> answer(1000, "Giao dịch đã được khởi tạo, chờ người dùng xác nhận thanh toán.", extra);
        };
    }

    private boolean authentic(ObjectNode fields, String expected) {
        return keys.momoPartnerCode().equals(SandboxJson.text(fields, "partnerCode"))
                && ConstantTime.hexEquals(expected, SandboxJson.text(fields, "signature"));
    }

    private MomoSigner signer() {
        return MomoSigner.create(MomoConfig.builder().partnerCode(keys.momoPartnerCode())
                .accessKey(keys.momoAccessKey()).secretKeys(keys.momoSecretKey()).build());
    }

    private static MomoCreateRequest.RequestType requestType(String code) {
        for (MomoCreateRequest.RequestType type : MomoCreateRequest.RequestType.values()) {
            if (type.code().equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown requestType");
    }

    private ResponseEntity<String> answer(int resultCode, String message, Map<String, ?> fields) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("partnerCode", keys.momoPartnerCode());
        answer.putAll(fields);
        answer.put("responseTime", clock.millis());
        answer.put("message", message);
        answer.put("resultCode", resultCode);
        return SandboxJson.answer(transport, answer);
    }
}
