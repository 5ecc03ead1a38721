package vn.congdanso.onestop.fees;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.onestop.desk.DeskAddress;
import vn.congdanso.qr.procedure.ProcedureDirectory;

/**
 * The fee orders' JSON API. {@code POST /api/orders} with
 * {@code {"procedureCode":…,"amount":…,"description":…}} (and optionally {@code "dossierCode"})
 * (a body of at most {@link BoundedBody#MAX_BYTES}) answers 201 with the order's reference,
 * amount, status, VietQR payload and VNPay URL ({@code null} when VNPay is not offered);
 * {@code GET /api/orders} lists the newest orders ({@code ?limit=}, default 50, at most 200);
 * {@code GET /api/orders/{ref}} gives one, with {@code flagged}: whether the payment store flagged
 * it for a person to look at (paid twice across gateways, or paid after it FAILED). Links are on
 * the desk's public address. Errors are {@code {"error":{"code":…,"message":…}}} ({@link FeeApiErrors}).
 */
@RestController
@RequestMapping(path = "/api/orders", produces = MediaType.APPLICATION_JSON_VALUE)
class FeeApiController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FeeOrders orders;
    private final ProcedureDirectory directory;
    private final PaymentLinks links;
    private final FeeVietQr vietQr;
    private final DeskAddress address;

    FeeApiController(FeeOrders orders, ProcedureDirectory directory, PaymentLinks links, FeeVietQr vietQr,
            DeskAddress address) {
        this.orders = orders;
        this.directory = directory;
        this.links = links;
        this.vietQr = vietQr;
        this.address = address;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(HttpServletRequest request) {
        JsonNode json = object(BoundedBody.read(request));
        NewFeeOrder input = NewFeeOrder.of(text(json, "procedureCode"), amount(json.get("amount")),
                text(json, "description"), text(json, "dossierCode"), directory);
        FeeOrder order = orders.create(input);
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("ref", order.ref());
        created.put("amount", order.amount().dong());
        created.put("status", order.status().name());
        created.put("vietqr", vietQr.payload(order));
        created.put("vnpayUrl", links.vnpay(order, request.getRemoteAddr()).orElse(null));
        return ResponseEntity.created(URI.create(address.publicUrl() + "/api/orders/" + order.ref())).body(created);
    }

    @GetMapping
    List<Map<String, Object>> list(@RequestParam(name = "limit", defaultValue = "50") int limit) {
        return orders.newest(limit).stream().map(FeeApiController::view).toList();
    }

    @GetMapping("/{ref}")
    Map<String, Object> get(@PathVariable("ref") String ref) {
        Map<String, Object> view = orders.find(ref).map(FeeApiController::view).orElseThrow(() -> unknown(ref));
        view.put("flagged", orders.flagged(ref));
        return view;
    }

    static RejectedException unknown(String ref) {
        return new RejectedException(FeeError.UNKNOWN_ORDER, "no fee order " + (ref.matches("[A-Za-z0-9_]{1,40}")
                ? ref : "with that reference"));
    }

    private static Map<String, Object> view(FeeOrder order) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("ref", order.ref());
        view.put("status", order.status().name());
        view.put("amount", order.amount().dong());
        view.put("paidAmount", order.paidAmount().dong());
        view.put("paymentCount", order.paymentCount());
        return view;
    }

    private static JsonNode object(String body) {
        try {
            JsonNode json = body == null ? null : JSON.readTree(body);
            if (json != null && json.isObject()) {
                return json;
            }
        } catch (IOException e) {
            // answered below, without the parser's message (it quotes the body)
        }
        throw new RejectedException(CoreError.BAD_ARGUMENT, "the body must be a JSON object");
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, field + " must be a JSON string");
        }
        return value.textValue();
    }

    private static Vnd amount(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new RejectedException(CoreError.BAD_AMOUNT, "amount must be a whole number of đồng");
        }
        return Vnd.of(value.longValue());
    }
}
