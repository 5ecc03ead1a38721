package vn.congdanso.payments.payos;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import okhttp3.HttpUrl;
import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.UnavailableException;
import vn.congdanso.core.Vnd;
import vn.congdanso.http.Transport;
import vn.congdanso.http.TransportRequest;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.internal.CallbackJson;
import vn.congdanso.payments.internal.GatewayHttp;

import static java.util.Objects.requireNonNull;

/**
 * payOS's merchant API: create a payment link ({@code POST /v2/payment-requests}), get its state
 * ({@code GET /v2/payment-requests/{id}}) and cancel it ({@code POST /v2/payment-requests/{id}/cancel}).
 * The create request is signed with the checksum key and its answer's {@code data} signature is
 * verified before it is used; get and cancel answers are verified whenever they carry a
 * {@code signature} (they are otherwise authenticated by TLS and the API key only). Creating and
 * cancelling are sent once; getting may be retried. Thread-safe.
 *
 * <p>Failures: {@link RejectedException} {@link GatewayError#GATEWAY_REJECTED} for payOS's error
 * codes, {@link GatewayError#BAD_SIGNATURE} for an answer whose signature does not verify,
 * {@link GatewayError#MISSING_SIGNATURE} for a create answer without one;
 * {@link UnavailableException} {@link CoreError#BAD_RESPONSE} for a malformed answer and the
 * transport's failures.
 *
 * <p>Needs {@code congdanso-http} (module {@code vn.congdanso.http}) on the path, an optional
 * dependency of this artifact.
 */
public final class PayosClient {

    private final PayosConfig config;
    private final PayosSigner signer;
    private final PayosVerifier verifier;
    private final Transport transport;

    private PayosClient(PayosConfig config, Transport transport) {
        this.config = config;
        this.signer = PayosSigner.create(config);
        this.verifier = PayosVerifier.create(config);
        this.transport = transport;
    }

    /** A client on a transport built from {@code config}'s timeouts. */
    public static PayosClient create(PayosConfig config) {
        requireNonNull(config, "config == null");
        return new PayosClient(config, GatewayHttp.transport(config.connectTimeout(), config.timeout(), config.clock()));
    }

    /** A client on the caller's transport. */
    public static PayosClient create(PayosConfig config, Transport transport) {
        return new PayosClient(requireNonNull(config, "config == null"), requireNonNull(transport, "transport == null"));
    }

    /** Creates a payment link; never retried. */
    public PayosPaymentLink createPaymentLink(PayosPaymentLinkRequest request) {
        requireNonNull(request, "request == null");
        ObjectNode body = transport.objectMapper().createObjectNode()
                .put("orderCode", request.orderCode())
                .put("amount", request.amount().dong())
                .put("description", request.description())
                .put("cancelUrl", request.cancelUrl())
                .put("returnUrl", request.returnUrl());
        request.expiredAt().ifPresent(at -> body.put("expiredAt", at.getEpochSecond()));
        body.put("signature", signer.paymentLinkSignature(request));
        ObjectNode answer = GatewayHttp.exchange(transport, post("/v2/payment-requests", body), "code",
                "payOS create payment link");
        String code = CallbackJson.signedText(answer, "code");
        if (!"00".equals(code)) {
            throw GatewayHttp.gatewayError("payOS create payment link", code.isEmpty() ? "(none)" : code, false);
        }
        JsonNode data = verifier.verifiedData(answer, "payOS answer");
        try {
            return new PayosPaymentLink(CallbackJson.longValue(data, "orderCode", "payOS answer"),
                    Vnd.of(Math.max(0, CallbackJson.longValue(data, "amount", "payOS answer"))),
                    CallbackJson.required(data, "paymentLinkId", "payOS answer"),
                    CallbackJson.required(data, "checkoutUrl", "payOS answer"),
                    CallbackJson.signedText(data, "qrCode"), CallbackJson.signedText(data, "status"));
        } catch (RejectedException e) {
            throw GatewayHttp.malformed("payOS answered incomplete data", e);
        }
    }

    /**
     * The state of the link of {@code orderCodeOrLinkId} (the order code or payOS's link id);
     * may be retried.
     */
    public PayosPaymentInfo get(String orderCodeOrLinkId) {
        String id = linkId(orderCodeOrLinkId);
        TransportRequest request = authenticated(TransportRequest.get(GatewayHttp.url(config.baseUrl(),
                "/v2/payment-requests/" + id)));
        return info(GatewayHttp.exchange(transport, request, "code", "payOS get payment link"), "payOS get payment link");
    }

    /**
     * The verified {@code data} of the get-payment-link answer for {@code orderCodeOrLinkId}: an
     * answer without a signature is refused ({@link GatewayError#MISSING_SIGNATURE}), unlike
     * {@link #get}, which tolerates one. For {@link PayosPaymentQuery}.
     */
    JsonNode getSigned(String orderCodeOrLinkId) {
        String what = "payOS get payment link";
        TransportRequest request = authenticated(TransportRequest.get(GatewayHttp.url(config.baseUrl(),
                "/v2/payment-requests/" + linkId(orderCodeOrLinkId))));
        ObjectNode answer = GatewayHttp.exchange(transport, request, "code", what);
        String code = CallbackJson.signedText(answer, "code");
        if (!"00".equals(code)) {
            throw GatewayHttp.gatewayError(what, code.isEmpty() ? "(none)" : code, false);
        }
        return verifier.verifiedData(answer, what + " answer");
    }

    /** The merchant's client id, for the answers {@link PayosPaymentQuery} builds. */
    String clientId() {
        return config.clientId();
    }

    /** Cancels the link of {@code orderCodeOrLinkId}, giving {@code reason} (may be empty); never retried. */
    public PayosPaymentInfo cancel(String orderCodeOrLinkId, String reason) {
        String id = linkId(orderCodeOrLinkId);
        requireNonNull(reason, "reason == null");
        ObjectNode body = transport.objectMapper().createObjectNode();
        if (!reason.isEmpty()) {
            body.put("cancellationReason", reason);
        }
        return info(GatewayHttp.exchange(transport, post("/v2/payment-requests/" + id + "/cancel", body), "code",
                "payOS cancel payment link"), "payOS cancel payment link");
    }

    private PayosPaymentInfo info(ObjectNode answer, String what) {
        String code = CallbackJson.signedText(answer, "code");
        if (!"00".equals(code)) {
            throw GatewayHttp.gatewayError(what, code.isEmpty() ? "(none)" : code, false);
        }
        JsonNode data = answer.hasNonNull("signature") ? verifier.verifiedData(answer, what + " answer") : answer.get("data");
        if (data == null || !data.isObject()) {
            throw GatewayHttp.malformed(what + " answered no data object", null);
        }
        try {
            return new PayosPaymentInfo(CallbackJson.required(data, "id", what), CallbackJson.longValue(data, "orderCode", what),
                    amount(data, "amount", what), amount(data, "amountPaid", what), amount(data, "amountRemaining", what),
                    CallbackJson.required(data, "status", what), CallbackJson.text(data, "cancellationReason"));
        } catch (RejectedException e) {
            throw GatewayHttp.malformed(what + " answered incomplete data", e);
        }
    }

    private static Vnd amount(JsonNode data, String field, String what) {
        long value = CallbackJson.longValue(data, field, what);
        if (value < 0) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, what + " answered a negative " + field);
        }
        return Vnd.of(value);
    }

    /** {@code id} when it is a safe path segment (digits, letters); rejects anything else before a request. */
    private static String linkId(String id) {
        requireNonNull(id, "orderCodeOrLinkId == null");
        if (!id.matches("[A-Za-z0-9]{1,64}")) {
            throw new RejectedException(GatewayError.BAD_REQUEST, "a payOS order code or link id is 1 to 64 letters or digits");
        }
        return id;
    }

    private TransportRequest authenticated(TransportRequest request) {
        return request.withHeader("x-client-id", config.clientId()).withHeader("x-api-key", config.apiKey().revealUtf8());
    }

    private TransportRequest post(String path, ObjectNode body) {
        HttpUrl url = GatewayHttp.url(config.baseUrl(), path);
        try {
            return authenticated(TransportRequest.postJson(url, transport.objectMapper().writeValueAsString(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    @Override
    public String toString() {
        return "PayosClient[clientId=" + config.clientId() + ", baseUrl=" + config.baseUrl() + "]";
    }
}
