package vn.congdanso.payments.vnpay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.RemoteDetails;
import vn.congdanso.core.UnavailableException;
import vn.congdanso.core.crypto.RandomIds;
import vn.congdanso.core.time.VnTime;
import vn.congdanso.http.Transport;
import vn.congdanso.http.TransportRequest;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.internal.CallbackJson;
import vn.congdanso.payments.internal.GatewayHttp;
import vn.congdanso.payments.internal.MacKeys;

import static java.util.Objects.requireNonNull;

/**
 * VNPay's transaction API: status query ({@code querydr}) and refund. Requests are signed with
 * HMAC-SHA512 over the pipe-joined fields in VNPay's documented order; every answer's
 * {@code vnp_SecureHash} is verified before any field is used. Queries may be retried by the
 * transport (they change nothing); refunds are sent once. Thread-safe.
 *
 * <p>Failures: {@link RejectedException} {@link GatewayError#GATEWAY_REJECTED} for VNPay's error
 * codes (not found, bad data, bad checksum…), {@link GatewayError#BAD_SIGNATURE} or
 * {@link GatewayError#MISSING_SIGNATURE} for an answer that does not verify;
 * {@link UnavailableException} {@link GatewayError#GATEWAY_UNAVAILABLE} for codes 94 and 99,
 * {@link vn.congdanso.core.CoreError#BAD_RESPONSE} for an answer that is not a JSON object of
 * text and numbers, and the transport's own failures (timeout, 5xx).
 *
 * <p>Needs {@code congdanso-http} (module {@code vn.congdanso.http}) on the path, an optional
 * dependency of this artifact.
 */
public final class VnpayClient {

    static final String VERSION = "2.1.0";

    private static final List<String> QUERY_SIGNED = List.of("vnp_RequestId", "vnp_Version", "vnp_Command",
            "vnp_TmnCode", "vnp_TxnRef", "vnp_TransactionDate", "vnp_CreateDate", "vnp_IpAddr", "vnp_OrderInfo");
    private static final List<String> REFUND_SIGNED = List.of("vnp_RequestId", "vnp_Version", "vnp_Command",
            "vnp_TmnCode", "vnp_TransactionType", "vnp_TxnRef", "vnp_Amount", "vnp_TransactionNo",
            "vnp_TransactionDate", "vnp_CreateBy", "vnp_CreateDate", "vnp_IpAddr", "vnp_OrderInfo");
    private static final List<String> REFUND_ANSWER_SIGNED = List.of("vnp_ResponseId", "vnp_Command",
            "vnp_ResponseCode", "vnp_Message", "vnp_TmnCode", "vnp_TxnRef", "vnp_Amount", "vnp_BankCode",
            "vnp_PayDate", "vnp_TransactionNo", "vnp_TransactionType", "vnp_TransactionStatus", "vnp_OrderInfo");
    static final List<String> QUERY_ANSWER_SIGNED = concat(REFUND_ANSWER_SIGNED,
            "vnp_PromotionCode", "vnp_PromotionAmount");
    private static final Set<String> RETRY_LATER = Set.of("94", "99");

    private final VnpayConfig config;
    private final Transport transport;
    private final MacKeys keys;

    private VnpayClient(VnpayConfig config, Transport transport) {
        this.config = config;
        this.transport = transport;
        this.keys = MacKeys.sha512(config.hashSecrets());
    }

    /** A client on a transport built from {@code config}'s timeouts. */
    public static VnpayClient create(VnpayConfig config) {
        requireNonNull(config, "config == null");
        return new VnpayClient(config, GatewayHttp.transport(config.connectTimeout(), config.timeout(), config.clock()));
    }

    /** A client on the caller's transport (its OkHttpClient, ObjectMapper, timeouts and retry policy). */
    public static VnpayClient create(VnpayConfig config, Transport transport) {
        return new VnpayClient(requireNonNull(config, "config == null"), requireNonNull(transport, "transport == null"));
    }

    /** Asks VNPay for the status of a payment; may be retried on transient failures. */
    public VnpayTransaction query(VnpayQueryRequest request) {
        requireNonNull(request, "request == null");
        Map<String, String> body = header("querydr");
        body.put("vnp_TxnRef", request.txnRef());
        body.put("vnp_OrderInfo", request.orderInfo());
        request.transactionNo().ifPresent(no -> body.put("vnp_TransactionNo", no));
        body.put("vnp_TransactionDate", VnTime.formatCompact(request.transactionDate()));
        body.put("vnp_IpAddr", request.ipAddr());
        body.put("vnp_SecureHash", keys.sign(pipeJoined(body, QUERY_SIGNED)));
        TransportRequest http = post(body).withIdempotencyKey(body.get("vnp_RequestId"));
        return answer(GatewayHttp.exchange(transport, http, "vnp_ResponseCode", "VNPay querydr"), QUERY_ANSWER_SIGNED);
    }

    /** Asks VNPay to refund a payment; sent exactly once, never retried. */
    public VnpayTransaction refund(VnpayRefundRequest request) {
        requireNonNull(request, "request == null");
        Map<String, String> body = header("refund");
        body.put("vnp_TransactionType", request.type().code());
        body.put("vnp_TxnRef", request.txnRef());
        body.put("vnp_Amount", Long.toString(request.amount().toHundredths()));
        body.put("vnp_OrderInfo", request.orderInfo());
        body.put("vnp_TransactionNo", request.transactionNo().orElse(""));
        body.put("vnp_TransactionDate", VnTime.formatCompact(request.transactionDate()));
        body.put("vnp_CreateBy", request.createBy());
        body.put("vnp_IpAddr", request.ipAddr());
        body.put("vnp_SecureHash", keys.sign(pipeJoined(body, REFUND_SIGNED)));
        return answer(GatewayHttp.exchange(transport, post(body), "vnp_ResponseCode", "VNPay refund"),
                REFUND_ANSWER_SIGNED);
    }

    private Map<String, String> header(String command) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("vnp_RequestId", RandomIds.hex(16));
        body.put("vnp_Version", VERSION);
        body.put("vnp_Command", command);
        body.put("vnp_TmnCode", config.tmnCode());
        body.put("vnp_CreateDate", VnTime.formatCompact(config.clock().instant()));
        return body;
    }

    private TransportRequest post(Map<String, String> body) {
        ObjectNode json = transport.objectMapper().createObjectNode();
        body.forEach(json::put);
        try {
            return TransportRequest.postJson(GatewayHttp.url(config.apiUrl()),
                    transport.objectMapper().writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    private VnpayTransaction answer(ObjectNode json, List<String> signed) {
        Map<String, String> fields;
        try {
            fields = CallbackJson.signedFields(json);
        } catch (RejectedException e) {
            throw GatewayHttp.malformed("VNPay answered a field that is not text or a whole number", e);
        }
        String code = fields.getOrDefault("vnp_ResponseCode", "");
        Optional<String> hash = Optional.ofNullable(fields.get("vnp_SecureHash")).filter(h -> !h.isEmpty());
        if (hash.isEmpty() && "00".equals(code)) {
            throw new RejectedException(GatewayError.MISSING_SIGNATURE, "VNPay answer carries no vnp_SecureHash");
        }
        if (hash.isPresent() && !keys.matches(pipeJoined(fields, signed), hash.get())) {
            throw new RejectedException(GatewayError.BAD_SIGNATURE, "VNPay answer's vnp_SecureHash does not verify");
        }
        if (!"00".equals(code)) {
            throw gatewayError(code, fields.getOrDefault("vnp_ResponseId", ""));
        }
        return VnpayTransaction.from(fields);
    }

    private static RuntimeException gatewayError(String code, String responseId) {
        if (code.isEmpty()) {
            return GatewayHttp.malformed("VNPay answered no vnp_ResponseCode", null);
        }
        RemoteDetails details = new RemoteDetails(200, Optional.of(code), Optional.of(responseId).filter(c -> !c.isEmpty()));
        String message = "VNPay answered vnp_ResponseCode " + code;
        if (RETRY_LATER.contains(code)) {
            return new UnavailableException(GatewayError.GATEWAY_UNAVAILABLE, message, details, null);
        }
        return RejectedException.byRemote(GatewayError.GATEWAY_REJECTED, message, details);
    }

    private static String pipeJoined(Map<String, String> fields, List<String> order) {
        StringJoiner joined = new StringJoiner("|");
        for (String name : order) {
            joined.add(fields.getOrDefault(name, ""));
        }
        return joined.toString();
    }

    private static List<String> concat(List<String> head, String... tail) {
        ArrayList<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return "VnpayClient[tmnCode=" + config.tmnCode() + ", api=" + config.apiUrl() + "]";
    }
}
