package vn.congdanso.payments.momo;

import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import okhttp3.HttpUrl;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.UnavailableException;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.crypto.RandomIds;
import vn.congdanso.http.Transport;
import vn.congdanso.http.TransportRequest;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.internal.CallbackJson;
import vn.congdanso.payments.internal.GatewayHttp;

import static java.util.Objects.requireNonNull;

/**
 * MoMo's payment API v2: create a payment ({@code /v2/gateway/api/create}) and query its status
 * ({@code /v2/gateway/api/query}). Create is sent once (MoMo refuses a repeated requestId, so a
 * retry could not return the first answer); queries may be retried. Thread-safe.
 *
 * <p>Failures: {@link RejectedException} {@link GatewayError#GATEWAY_REJECTED} for MoMo's error
 * result codes (bad signature, duplicate order, invalid amount…), {@link UnavailableException}
 * {@link GatewayError#GATEWAY_UNAVAILABLE} for codes 10 (maintenance), 98, 99 and the transport's
 * own failures (timeouts, 5xx, malformed JSON).
 *
 * <p>Needs {@code congdanso-http} (module {@code vn.congdanso.http}) on the path, an optional
 * dependency of this artifact.
 */
public final class MomoClient {

    private static final Set<Integer> RETRY_LATER = Set.of(10, 98, 99, 7000, 7002);
    private static final Set<Integer> QUERY_ERRORS = Set.of(10, 11, 12, 13, 20, 21, 22, 40, 41, 42, 43, 45, 47, 98, 99);

    private final MomoConfig config;
    private final MomoSigner signer;
    private final Transport transport;

    private MomoClient(MomoConfig config, Transport transport) {
        this.config = config;
        this.signer = MomoSigner.create(config);
        this.transport = transport;
    }

    /** A client on a transport built from {@code config}'s timeouts (at least 30 s per call). */
    public static MomoClient create(MomoConfig config) {
        requireNonNull(config, "config == null");
        return new MomoClient(config, GatewayHttp.transport(config.connectTimeout(), config.timeout(), config.clock()));
    }

    /** A client on the caller's transport; give it a call timeout of at least 30 s. */
    public static MomoClient create(MomoConfig config, Transport transport) {
        return new MomoClient(requireNonNull(config, "config == null"), requireNonNull(transport, "transport == null"));
    }

    /** Creates a payment and returns where to send the payer; never retried. */
    public MomoPayment create(MomoCreateRequest request) {
        requireNonNull(request, "request == null");
        ObjectNode body = transport.objectMapper().createObjectNode()
                .put("partnerCode", config.partnerCode())
                .put("requestId", request.requestId())
                .put("amount", request.amount().dong())
                .put("orderId", request.orderId())
                .put("orderInfo", request.orderInfo())
                .put("redirectUrl", request.redirectUrl())
                .put("ipnUrl", request.ipnUrl())
                .put("requestType", request.requestType().code())
                .put("extraData", request.extraData())
                .put("lang", request.language().code())
                .put("signature", signer.createSignature(request));
        ObjectNode answer = GatewayHttp.exchange(transport, post("/v2/gateway/api/create", body), "resultCode",
                "MoMo create");
        int code = resultCode(answer);
        if (code != 0) {
            throw GatewayHttp.gatewayError("MoMo create", Integer.toString(code), RETRY_LATER.contains(code));
        }
        return new MomoPayment(request.orderId(), request.requestId(), request.amount(),
                CallbackJson.text(answer, "payUrl")
                        .orElseThrow(() -> GatewayHttp.malformed("MoMo create answered no payUrl", null)),
                CallbackJson.text(answer, "deeplink"), CallbackJson.text(answer, "qrCodeUrl"));
    }

    /** Queries the status of the payment of {@code orderId}; may be retried. */
    public MomoStatus query(String orderId) {
        requireNonNull(orderId, "orderId == null");
        String requestId = RandomIds.alphanumeric(32);
        ObjectNode body = transport.objectMapper().createObjectNode()
                .put("partnerCode", config.partnerCode())
                .put("requestId", requestId)
                .put("orderId", orderId)
                .put("lang", "vi")
                .put("signature", signer.querySignature(orderId, requestId));
        TransportRequest request = post("/v2/gateway/api/query", body).withIdempotencyKey(requestId);
        ObjectNode answer = GatewayHttp.exchange(transport, request, "resultCode", "MoMo query");
        int code = resultCode(answer);
        if (QUERY_ERRORS.contains(code)) {
            throw GatewayHttp.gatewayError("MoMo query", Integer.toString(code), RETRY_LATER.contains(code));
        }
        try {
            long amount = answer.hasNonNull("amount") ? CallbackJson.longValue(answer, "amount", "MoMo query answer") : 0;
            long transId = answer.hasNonNull("transId") ? CallbackJson.longValue(answer, "transId", "MoMo query answer") : 0;
            return new MomoStatus(orderId, Vnd.of(Math.max(amount, 0)), Optional.of(transId).filter(id -> id > 0), code,
                    CallbackJson.signedText(answer, "message"), CallbackJson.text(answer, "payType"));
        } catch (RejectedException e) {
            throw GatewayHttp.malformed("MoMo query answered a malformed field", null);
        }
    }

    private int resultCode(ObjectNode answer) {
        try {
            long code = CallbackJson.longValue(answer, "resultCode", "MoMo answer");
            if (code < Integer.MIN_VALUE || code > Integer.MAX_VALUE) {
                throw GatewayHttp.malformed("MoMo answered an out-of-range resultCode", null);
            }
            return (int) code;
        } catch (RejectedException e) {
            throw GatewayHttp.malformed("MoMo answered no usable resultCode", null);
        }
    }

    private TransportRequest post(String path, ObjectNode body) {
        HttpUrl url = GatewayHttp.url(config.baseUrl(), path);
        try {
            return TransportRequest.postJson(url, transport.objectMapper().writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    /** The merchant's partner code, for the answers {@link MomoPaymentQuery} builds. */
    String partnerCode() {
        return config.partnerCode();
    }

    @Override
    public String toString() {
        return "MomoClient[partnerCode=" + config.partnerCode() + ", baseUrl=" + config.baseUrl() + "]";
    }
}
