package vn.congdanso.payments.zalopay;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import okhttp3.HttpUrl;
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
 * ZaloPay's API v2: create an order ({@code /v2/create}) and query it ({@code /v2/query}), as
 * form posts signed with key1. Create is sent once; queries may be retried. Thread-safe.
 *
 * <p>Failures: {@link RejectedException} {@link GatewayError#GATEWAY_REJECTED} when ZaloPay
 * refuses an order ({@code return_code} 2) or answers a query with an unknown code;
 * {@link UnavailableException} for the transport's failures (timeouts, 5xx, malformed JSON).
 *
 * <p>Needs {@code congdanso-http} (module {@code vn.congdanso.http}) on the path, an optional
 * dependency of this artifact.
 */
public final class ZalopayClient {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final ZalopayConfig config;
    private final ZalopaySigner signer;
    private final Transport transport;

    private ZalopayClient(ZalopayConfig config, Transport transport) {
        this.config = config;
        this.signer = ZalopaySigner.create(config);
        this.transport = transport;
    }

    /** A client on a transport built from {@code config}'s timeouts. */
    public static ZalopayClient create(ZalopayConfig config) {
        requireNonNull(config, "config == null");
        return new ZalopayClient(config, GatewayHttp.transport(config.connectTimeout(), config.timeout(), config.clock()));
    }

    /** A client on the caller's transport. */
    public static ZalopayClient create(ZalopayConfig config, Transport transport) {
        return new ZalopayClient(requireNonNull(config, "config == null"), requireNonNull(transport, "transport == null"));
    }

    /** Signs and creates an order; never retried. */
    public ZalopayOrderResult create(ZalopayOrderRequest request) {
        ZalopayOrder order = signer.sign(requireNonNull(request, "request == null"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("app_id", order.appId());
        form.put("app_user", order.appUser());
        form.put("app_trans_id", order.appTransId());
        form.put("app_time", Long.toString(order.appTime()));
        form.put("amount", Long.toString(order.amount().dong()));
        form.put("item", order.item());
        form.put("embed_data", order.embedData());
        form.put("description", order.description());
        form.put("bank_code", order.bankCode());
        order.callbackUrl().ifPresent(url -> form.put("callback_url", url));
        form.put("mac", order.mac());
        ObjectNode answer = GatewayHttp.exchange(transport, post("/v2/create", form), "return_code", "ZaloPay create");
        int code = returnCode(answer);
        if (code != 1) {
            throw GatewayHttp.gatewayError("ZaloPay create", subCode(answer, code), false);
        }
        return new ZalopayOrderResult(order.appTransId(),
                CallbackJson.text(answer, "order_url").orElseThrow(() -> GatewayHttp.malformed("ZaloPay create answered no order_url", null)),
                CallbackJson.signedText(answer, "zp_trans_token"), CallbackJson.text(answer, "qr_code"));
    }

    /** Queries the status of {@code appTransId}; may be retried. */
    public ZalopayStatus query(String appTransId) {
        requireNonNull(appTransId, "appTransId == null");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("app_id", config.appId());
        form.put("app_trans_id", appTransId);
        form.put("mac", signer.queryMac(appTransId));
        TransportRequest request = post("/v2/query", form).withIdempotencyKey(config.appId() + ":" + appTransId);
        ObjectNode answer = GatewayHttp.exchange(transport, request, "return_code", "ZaloPay query");
        int code = returnCode(answer);
        if (code < 1 || code > 3) {
            throw GatewayHttp.gatewayError("ZaloPay query", subCode(answer, code), false);
        }
        try {
            long amount = answer.hasNonNull("amount") ? CallbackJson.longValue(answer, "amount", "ZaloPay query") : 0;
            long zpTransId = answer.hasNonNull("zp_trans_id") ? CallbackJson.longValue(answer, "zp_trans_id", "ZaloPay query") : 0;
            int subCode = answer.hasNonNull("sub_return_code")
                    ? (int) CallbackJson.longValue(answer, "sub_return_code", "ZaloPay query") : 0;
            return new ZalopayStatus(appTransId, code, subCode, CallbackJson.signedText(answer, "return_message"),
                    answer.path("is_processing").asBoolean(false), Vnd.of(Math.max(0, amount)),
                    Optional.of(zpTransId).filter(id -> id > 0));
        } catch (RejectedException e) {
            throw GatewayHttp.malformed("ZaloPay query answered a malformed field", null);
        }
    }

    private static int returnCode(ObjectNode answer) {
        try {
            return (int) CallbackJson.longValue(answer, "return_code", "ZaloPay answer");
        } catch (RejectedException e) {
            throw GatewayHttp.malformed("ZaloPay answered no usable return_code", null);
        }
    }

    private static String subCode(ObjectNode answer, int code) {
        return CallbackJson.text(answer, "sub_return_code").orElse(Integer.toString(code));
    }

    private TransportRequest post(String path, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        HttpUrl url = GatewayHttp.url(config.baseUrl(), path);
        return TransportRequest.post(url, FORM, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The merchant's app id, for the answers {@link ZalopayPaymentQuery} builds. */
    String appId() {
        return config.appId();
    }

    @Override
    public String toString() {
        return "ZalopayClient[appId=" + config.appId() + ", baseUrl=" + config.baseUrl() + "]";
    }
}
