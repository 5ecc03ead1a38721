package vn.congdanso.onestop.fees.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.crypto.ConstantTime;
import vn.congdanso.core.time.VnTime;
import vn.congdanso.onestop.desk.DeskDefaults;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.vnpay.VnpaySigner;

/**
 * The sandbox gateway's pages: VNPay's payment page ({@code vpcpay.html}, reached by the payment
 * URL the desk signed, verified as VNPay verifies it), the page of each open payment, and the
 * payer's buttons (pay, pay with the callback sent twice, fail, pay without a callback). Each
 * button settles the payment, has the callback delivered, and sends the browser back to the
 * merchant's return URL.
 */
@Controller
@ConditionalOnProperty(name = DeskDefaults.SANDBOX, havingValue = "true")
class SandboxPageController {

    private static final String PAGE = "fees/sandbox";
    private static final String ERROR = "fees/sandbox-error";

    private final SandboxGateway gateway;
    private final GatewayKeys keys;
    private final Clock clock;

    SandboxPageController(SandboxGateway gateway, GatewayKeys keys, Clock clock) {
        this.gateway = gateway;
        this.keys = keys;
        this.clock = clock;
    }

    /** VNPay's payment page: checks the URL's signature, terminal, command and expiry, then opens the payment. */
    @GetMapping(SandboxClients.VNPAY_PAYMENT_PATH)
    Object vnpayPaymentPage(@RequestParam Map<String, String> parameters, Model model, HttpServletResponse response) {
        try {
            SandboxPayment payment = gateway.open(verifiedVnpayRequest(parameters));
            return seeOther("/sandbox-gateway/vnpay/" + payment.orderRef());
        } catch (RejectedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("code", e.code().id());
            return ERROR;
        }
    }

    @GetMapping("/sandbox-gateway/{gateway}/{ref}")
    String payment(@PathVariable("gateway") String gateway, @PathVariable("ref") String ref, Model model, HttpServletResponse response) {
        Optional<SandboxPayment> payment = gateway(gateway).flatMap(g -> this.gateway.find(g, ref));
        if (payment.isEmpty()) {
            return notFound(model, response);
        }
        model.addAttribute("payment", payment.get());
        model.addAttribute("gatewayName", displayName(payment.get().gateway()));
        model.addAttribute("action", "/sandbox-gateway/" + gateway + "/" + ref + "/");
        return PAGE;
    }

    @PostMapping("/sandbox-gateway/{gateway}/{ref}/{action}")
    Object act(@PathVariable("gateway") String gateway, @PathVariable("ref") String ref, @PathVariable("action") String action, Model model,
            HttpServletResponse response) {
        Optional<SandboxAction> what = SandboxAction.of(action);
        Optional<SandboxPayment> settled = gateway(gateway)
                .flatMap(g -> what.flatMap(a -> this.gateway.act(g, ref, a)));
        if (settled.isEmpty()) {
            return notFound(model, response);
        }
        String back = settled.get().returnUrl();
        return seeOther(back.isBlank() ? "/fees" : back);
    }

    private static Optional<Gateway> gateway(String name) {
        return switch (name) {
            case "vnpay" -> Optional.of(Gateway.VNPAY);
            case "momo" -> Optional.of(Gateway.MOMO);
            case "zalopay" -> Optional.of(Gateway.ZALOPAY);
            default -> Optional.empty();
        };
    }

    private SandboxPayment verifiedVnpayRequest(Map<String, String> query) {
        Map<String, String> parameters = new TreeMap<>(query);
        String hash = Optional.ofNullable(parameters.remove("vnp_SecureHash")).orElse("");
        parameters.remove("vnp_SecureHashType");
        if (hash.isEmpty()) {
            throw new RejectedException(GatewayError.MISSING_SIGNATURE, "the payment URL carries no vnp_SecureHash");
        }
        if (!keys.vnpayTmnCode().equals(parameters.get("vnp_TmnCode"))) {
            throw new RejectedException(GatewayError.MERCHANT_MISMATCH, "the payment URL names another terminal");
        }
        String expected = VnpaySigner.create(keys.vnpayConfig().build()).sign(parameters);
        if (!ConstantTime.hexEquals(expected, hash)) {
            throw new RejectedException(GatewayError.BAD_SIGNATURE, "the payment URL's vnp_SecureHash does not verify");
        }
        if (!"pay".equals(parameters.get("vnp_Command"))) {
            throw new RejectedException(GatewayError.BAD_REQUEST, "vnp_Command must be pay");
        }
        Instant expires;
        Vnd amount;
        try {
            expires = VnTime.parseCompact(parameters.getOrDefault("vnp_ExpireDate", ""));
            amount = Vnd.parseHundredths(parameters.getOrDefault("vnp_Amount", ""));
        } catch (CongDanSoException e) {
            throw new RejectedException(GatewayError.BAD_REQUEST, "the payment URL has a malformed field", e);
        }
        if (expires.isBefore(clock.instant())) {
            throw new RejectedException(GatewayError.BAD_REQUEST, "the payment URL has expired");
        }
        return SandboxPayment.open(Gateway.VNPAY, parameters.getOrDefault("vnp_TxnRef", ""), amount,
                parameters.getOrDefault("vnp_OrderInfo", ""), parameters.getOrDefault("vnp_ReturnUrl", ""),
                parameters.getOrDefault("vnp_CreateDate", ""), clock.instant());
    }

    private static String displayName(Gateway gateway) {
        return switch (gateway) {
            case VNPAY -> "VNPay";
            case MOMO -> "MoMo";
            case ZALOPAY -> "ZaloPay";
            case PAYOS -> gateway.name().toLowerCase(Locale.ROOT);
        };
    }

    private static View seeOther(String url) {
        RedirectView redirect = new RedirectView(url, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return redirect;
    }

    private static String notFound(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("code", "fees.UNKNOWN_ORDER");
        return ERROR;
    }
}
