package vn.congdanso.onestop.fees.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.crypto.Hmac;
import vn.congdanso.core.time.VnTime;
import vn.congdanso.http.Transport;
import vn.congdanso.http.TransportRequest;
import vn.congdanso.http.TransportResponse;
import vn.congdanso.onestop.desk.DeskAddress;
import vn.congdanso.onestop.desk.DeskDefaults;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.vnpay.VnpaySigner;

/**
 * Signs each gateway's callback for a settled sandbox payment with the sandbox keys and delivers
 * it to the desk's own callback endpoint over HTTP, as the gateway would: VNPay's IPN as a GET
 * signed by the SDK's {@link VnpaySigner}; MoMo's IPN and ZaloPay's callback as JSON POSTs
 * signed by their documented algorithms (HMAC-SHA256 with {@link Hmac}), since the SDK signs
 * only what merchants send. ZaloPay calls back only for collected payments.
 */
@Component
@ConditionalOnProperty(name = DeskDefaults.SANDBOX, havingValue = "true")
class SandboxCallbacks {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxCallbacks.class);
    private static final String APP_USER = "onestop-desk";

    private final GatewayKeys keys;
    private final DeskAddress address;
    private final Transport transport;

    SandboxCallbacks(GatewayKeys keys, DeskAddress address, Transport transport) {
        this.keys = keys;
        this.address = address;
        this.transport = transport;
    }

    /**
     * Delivers the callback of {@code payment} (settled) once.
     *
     * @return the desk's acknowledgement, as the gateway would read it; empty text when the
     *         gateway sends no callback for this outcome
     */
    String deliver(SandboxPayment payment) {
        TransportRequest request = switch (payment.gateway()) {
            case VNPAY -> vnpay(payment);
            case MOMO -> momo(payment);
            case ZALOPAY -> payment.paid() ? zalopay(payment) : null;
            case PAYOS -> throw new IllegalArgumentException("the sandbox gateway has no payOS");
        };
        if (request == null) {
            return "";
        }
        try {
            TransportResponse response = transport.send(request);
            String ack = response.status() + " " + response.bodyText();
            LOG.info("sandbox gateway delivered the {} callback of order {} ({}): {}", payment.gateway(),
                    payment.orderRef(), payment.status(), ack.strip());
            return ack;
        } catch (CongDanSoException e) {
            LOG.warn("sandbox gateway could not deliver the {} callback of order {}: {}", payment.gateway(),
                    payment.orderRef(), e.code().id());
            return e.code().id();
        }
    }

    private TransportRequest vnpay(SandboxPayment payment) {
        boolean paid = payment.paid();
        Map<String, String> parameters = new TreeMap<>();
        parameters.put("vnp_Amount", Long.toString(payment.amount().toHundredths()));
        parameters.put("vnp_BankCode", "NCB");
        parameters.put("vnp_CardType", "ATM");
        parameters.put("vnp_OrderInfo", payment.orderInfo());
        parameters.put("vnp_PayDate", VnTime.formatCompact(settledAt(payment)));
        parameters.put("vnp_ResponseCode", paid ? "00" : "24");
        parameters.put("vnp_TmnCode", keys.vnpayTmnCode());
        parameters.put("vnp_TransactionNo", payment.transactionNo().orElse("0"));
        parameters.put("vnp_TransactionStatus", paid ? "00" : "02");
        parameters.put("vnp_TxnRef", payment.orderRef());
        if (paid) {
            parameters.put("vnp_BankTranNo", "VNP" + payment.transactionNo().orElse(""));
        }
        String hash = VnpaySigner.create(keys.vnpayConfig().build()).sign(parameters);
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        query.add("vnp_SecureHash=" + hash);
        return TransportRequest.get(address.loopbackUrl() + keys.callbackPaths().getVnpayPath() + "?" + query);
    }

    private TransportRequest momo(SandboxPayment payment) {
        boolean paid = payment.paid();
        Map<String, String> signed = new TreeMap<>();
        signed.put("amount", Long.toString(payment.amount().dong()));
        signed.put("extraData", "");
        signed.put("message", paid ? "Thành công." : "Giao dịch bị từ chối bởi người dùng.");
        signed.put("orderId", payment.orderRef());
        signed.put("orderInfo", payment.orderInfo());
        signed.put("orderType", "momo_wallet");
        signed.put("partnerCode", keys.momoPartnerCode());
        signed.put("payType", "qr");
        signed.put("requestId", payment.requestKey());
        signed.put("responseTime", Long.toString(settledAt(payment).toEpochMilli()));
        signed.put("resultCode", paid ? "0" : "1006");
        signed.put("transId", payment.transactionNo().orElse("0"));
        StringBuilder text = new StringBuilder("accessKey=").append(keys.momoAccessKey().revealUtf8());
        signed.forEach((name, value) -> text.append('&').append(name).append('=').append(value));
        ObjectNode body = transport.objectMapper().createObjectNode();
        signed.forEach((name, value) -> {
            if (name.equals("amount") || name.equals("resultCode") || name.equals("transId") || name.equals("responseTime")) {
                body.put(name, Long.parseLong(value));
            } else {
                body.put(name, value);
            }
        });
        body.put("signature", Hmac.sha256(keys.momoSecretKey()).hex(text.toString()));
        return TransportRequest.postJson(TransportRequest.parseUrl(address.loopbackUrl() + keys.callbackPaths().getMomoPath()),
                json(body));
    }

    private TransportRequest zalopay(SandboxPayment payment) {
        ObjectNode data = transport.objectMapper().createObjectNode()
                .put("app_id", Long.parseLong(keys.zalopayAppId()))
                .put("app_trans_id", payment.orderRef())
                .put("app_time", Long.parseLong(payment.requestKey()))
                .put("app_user", APP_USER)
                .put("amount", payment.amount().dong())
                .put("embed_data", "{}")
                .put("item", "[]")
                .put("zp_trans_id", Long.parseLong(payment.transactionNo().orElseThrow()))
                .put("server_time", settledAt(payment).toEpochMilli())
                .put("channel", 38)
                .put("merchant_user_id", "")
                .put("user_fee_amount", 0)
                .put("discount_amount", 0);
        String dataText = json(data);
        ObjectNode body = transport.objectMapper().createObjectNode()
                .put("data", dataText)
                .put("mac", Hmac.sha256(keys.zalopayKey2()).hex(dataText))
                .put("type", 1);
        return TransportRequest.postJson(
                TransportRequest.parseUrl(address.loopbackUrl() + keys.callbackPaths().getZalopayPath()), json(body));
    }

    private static Instant settledAt(SandboxPayment payment) {
        return payment.settledAt().orElse(payment.createdAt());
    }

    private String json(ObjectNode node) {
        try {
            return transport.objectMapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }
}
