package vn.congdanso.onestop.signin;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import vn.congdanso.identity.oidc.OidcError;

/**
 * {@code /signin}: the "Đăng nhập bằng VNeID" page, the redirect to the provider, the callback
 * and sign-out. The signed-in citizen lives in the HTTP session, whose id changes at sign-in.
 */
@Controller
class SignInController {

    private final SignInFlow flow;
    private final SignInProvider provider;
    private final QrLogins qrLogins;
    private final Clock clock;

    SignInController(SignInFlow flow, SignInProvider provider, QrLogins qrLogins, Clock clock) {
        this.flow = flow;
        this.provider = provider;
        this.qrLogins = qrLogins;
        this.clock = clock;
    }

    @GetMapping("/signin")
    String page(HttpServletRequest request, Model model) {
        model.addAttribute("citizen", SignedInCitizen.of(request.getSession(false)).orElse(null));
        model.addAttribute("devProvider", provider.development());
        return "signin/index";
    }

    @GetMapping("/signin/vneid")
    String begin(HttpServletRequest request, Locale locale) {
        return "redirect:" + flow.begin(request.getSession(), Optional.empty(), locale);
    }

    @GetMapping("/signin/callback")
    ModelAndView callback(HttpServletRequest request, @RequestParam Map<String, String> callback) {
        HttpSession session = request.getSession();
        SignInFlow.Completed completed = flow.complete(session, callback);
        if (completed.qrId().isPresent()) {
            return confirmQrLogin(session, completed.qrId().get(), completed.citizen());
        }
        request.changeSessionId();
        session.setAttribute(SignedInCitizen.SESSION_ATTRIBUTE, completed.citizen());
        return new ModelAndView("redirect:/signin");
    }

    @PostMapping("/signin/logout")
    String logout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/signin";
    }

    /**
     * The phone's sign-in for a QR login: if that login is still live, asks the citizen to approve
     * it (the desk is signed in only by the answer, {@code POST /signin/qr/{id}/approve}).
     */
    private ModelAndView confirmQrLogin(HttpSession session, String id, SignedInCitizen citizen) {
        if (!qrLogins.live(id, clock.instant())) {
            qrLogins.expire(id, clock.instant());
            ModelAndView page = new ModelAndView("signin/error", HttpStatus.BAD_REQUEST);
            page.addObject("code", OidcError.BAD_SESSION_STATE.id());
            return page;
        }
        QrApproval approval = QrApproval.await(session, id, citizen);
        ModelAndView page = new ModelAndView("signin/qr-confirm");
        page.addObject("approval", approval);
        page.addObject("shortCode", QrApproval.shortCode(id));
        return page;
    }
}
