package vn.congdanso.payments.payos;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import okhttp3.HttpUrl;
import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.RemoteDetails;
import vn.congdanso.core.UnavailableException;
import vn.congdanso.core.Vnd;
import vn.congdanso.http.Transport;
import vn.congdanso.http.TransportRequest;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.internal.CallbackJson;
import vn.congdanso.payments.internal.GatewayHttp;

import static java.util.Objects.requireNonNull;

/**
 * payOS's merchant API: create a payment link ({@code POST /v2/payment-requests}). The request is
 * signed with the checksum key and the answer's {@code data} signature is verified before it is
 * used. Creating is sent once (payOS refuses a repeated order code). Thread-safe.
 *
 * <p>Failures: {@link RejectedException} {@link GatewayError#GATEWAY_REJECTED} for payOS's error
 * codes, {@link GatewayError#BAD_SIGNATURE} / {@link GatewayError#MISSING_SIGNATURE} for an answer
 * that does not verify; {@link UnavailableException} for the transport's failures.
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
            throw new UnavailableException(CoreError.BAD_RESPONSE, "payOS answered incomplete data",
                    RemoteDetails.ofStatus(200), e);
        }
    }

    private TransportRequest post(String path, ObjectNode body) {
        HttpUrl url = GatewayHttp.url(config.baseUrl(), path);
        try {
            return TransportRequest.postJson(url, transport.objectMapper().writeValueAsString(body))
                    .withHeader("x-client-id", config.clientId())
                    .withHeader("x-api-key", config.apiKey().revealUtf8());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    @Override
    public String toString() {
        return "PayosClient[clientId=" + config.clientId() + ", baseUrl=" + config.baseUrl() + "]";
    }
}
