package vn.congdanso.onestop.fees;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.RejectedException;
import vn.congdanso.onestop.fees.sandbox.SandboxModes;
import vn.congdanso.payments.Gateway;
import vn.congdanso.qr.procedure.Fee;
import vn.congdanso.qr.procedure.Procedure;
import vn.congdanso.qr.procedure.ProcedureCode;
import vn.congdanso.qr.procedure.ProcedureDirectory;

/**
 * The fee pages: the list of orders with a form ({@code /fees}), the form prefilled for a
 * dossier ({@code /fees/new?dossier=…&procedure=…}), and each order's page ({@code /fees/{ref}})
 * with its VietQR, its status (refreshing itself while PENDING) and the ways to pay. Every step
 * is a plain link or form: no JavaScript.
 */
@Controller
class FeePageController {

    private static final int LISTED = 50;

    private final FeeOrders orders;
    private final ProcedureDirectory directory;
    private final PaymentLinks links;
    private final FeeVietQr vietQr;
    private final SandboxModes modes;

    FeePageController(FeeOrders orders, ProcedureDirectory directory, PaymentLinks links, FeeVietQr vietQr,
            SandboxModes modes) {
        this.orders = orders;
        this.directory = directory;
        this.links = links;
        this.vietQr = vietQr;
        this.modes = modes;
    }

    @GetMapping("/fees")
    String list(Model model) {
        model.addAttribute("orders", orders.newest(LISTED));
        model.addAttribute("form", new FeeForm("", "", "", ""));
        return "fees/list";
    }

    /** The form prefilled with the procedure's fee (when the directory gives one amount) and the dossier code. */
    @GetMapping("/fees/new")
    String prefilled(@RequestParam(name = "procedure", required = false) String procedure, @RequestParam(name = "dossier", required = false) String dossier,
            Model model, HttpServletResponse response) {
        String code = procedure == null ? "" : procedure.strip();
        String amount = "";
        if (!code.isEmpty()) {
            try {
                Optional<Procedure> known = directory.find(ProcedureCode.parse(code));
                amount = known.flatMap(FeePageController::fixedFee).map(fee -> Long.toString(fee)).orElse("");
                known.ifPresent(p -> model.addAttribute("procedureName", p.name()));
            } catch (CongDanSoException e) {
                return formError(model, response, new FeeForm(procedure, "", dossier, dossier), e);
            }
        }
        model.addAttribute("form", new FeeForm(code, amount, dossier, dossier));
        return "fees/new";
    }

    @PostMapping("/fees")
    Object create(@ModelAttribute FeeForm form, Model model, HttpServletResponse response) {
        try {
            FeeOrder order = orders.create(form.toOrder(directory));
            return seeOther("/fees/" + order.ref());
        } catch (CongDanSoException e) {
            return formError(model, response, form, e);
        }
    }

    @GetMapping("/fees/{ref}")
    String order(@PathVariable("ref") String ref, Model model, HttpServletRequest request, HttpServletResponse response) {
        Optional<FeeOrder> found = orders.find(ref);
        if (found.isEmpty()) {
            return error(model, response, HttpStatus.NOT_FOUND, FeeApiController.unknown(ref));
        }
        FeeOrder order = found.get();
        String payload = vietQr.payload(order);
        model.addAttribute("order", order);
        model.addAttribute("flagged", orders.flagged(ref));
        model.addAttribute("vietqrPayload", payload);
        model.addAttribute("vietqrSvg", vietQr.svg(payload));
        model.addAttribute("vnpayOffered", modes.offered(Gateway.VNPAY));
        model.addAttribute("vnpayUrl", links.vnpay(order, request.getRemoteAddr()).orElse(null));
        model.addAttribute("momoOffered", modes.offered(Gateway.MOMO));
        model.addAttribute("zalopayOffered", modes.offered(Gateway.ZALOPAY));
        model.addAttribute("zalopayToday", links.zalopayOffered(order));
        model.addAttribute("sandbox", modes.sandbox());
        return "fees/order";
    }

    /**
     * Sends the payer to MoMo's or ZaloPay's payment page for the order: 404 naming
     * {@code fees.UNKNOWN_GATEWAY} for another name, {@code fees.GATEWAY_NOT_OFFERED} for a
     * gateway the desk does not offer, {@code fees.UNKNOWN_ORDER} for an unknown order.
     */
    @PostMapping("/fees/{ref}/pay/{gateway}")
    Object pay(@PathVariable("ref") String ref, @PathVariable("gateway") String gateway, Model model,
            HttpServletResponse response) {
        Optional<Gateway> chosen = switch (gateway) {
            case "momo" -> Optional.of(Gateway.MOMO);
            case "zalopay" -> Optional.of(Gateway.ZALOPAY);
            default -> Optional.empty();
        };
        if (chosen.isEmpty()) {
            return error(model, response, HttpStatus.NOT_FOUND, new RejectedException(FeeError.UNKNOWN_GATEWAY,
                    "the desk takes payments here through momo or zalopay only"));
        }
        if (!modes.offered(chosen.get())) {
            return error(model, response, HttpStatus.NOT_FOUND, new RejectedException(FeeError.GATEWAY_NOT_OFFERED,
                    chosen.get() + " is not configured on this desk"));
        }
        Optional<FeeOrder> found = orders.find(ref);
        if (found.isEmpty()) {
            return error(model, response, HttpStatus.NOT_FOUND, FeeApiController.unknown(ref));
        }
        FeeOrder order = found.get();
        if (!order.pending()) {
            return error(model, response, HttpStatus.CONFLICT, new RejectedException(FeeError.PAYMENT_NOT_OFFERED,
                    "the order is already " + order.status()));
        }
        try {
            return seeOther(chosen.get() == Gateway.MOMO ? links.momo(order) : links.zalopay(order));
        } catch (RejectedException e) {
            return error(model, response, HttpStatus.UNPROCESSABLE_ENTITY, e);
        } catch (CongDanSoException e) {
            return error(model, response, HttpStatus.SERVICE_UNAVAILABLE, e);
        }
    }

    private static Optional<Long> fixedFee(Procedure procedure) {
        return procedure.fees().stream().map(Fee::amount).flatMap(Optional::stream)
                .filter(amount -> !amount.isZero()).map(amount -> amount.dong()).findFirst();
    }

    private static String formError(Model model, HttpServletResponse response, FeeForm form, CongDanSoException e) {
        response.setStatus(e instanceof RejectedException ? HttpStatus.BAD_REQUEST.value()
                : HttpStatus.SERVICE_UNAVAILABLE.value());
        model.addAttribute("form", form);
        model.addAttribute("errorCode", e.code().id());
        model.addAttribute("errorMessage", e.getMessage());
        return "fees/new";
    }

    private static String error(Model model, HttpServletResponse response, HttpStatus status, CongDanSoException e) {
        response.setStatus(status.value());
        model.addAttribute("errorCode", e.code().id());
        model.addAttribute("errorMessage", e.getMessage());
        return "fees/error";
    }

    private static View seeOther(String url) {
        RedirectView redirect = new RedirectView(url, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return redirect;
    }
}
