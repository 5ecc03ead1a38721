package vn.congdanso.onestop.signin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

import vn.congdanso.identity.oidc.OidcError;
import vn.congdanso.identity.oidc.QrLoginSession;
import vn.congdanso.identity.oidc.QrLoginStatus;
import vn.congdanso.onestop.desk.DeskAddress;

/**
 * QR login, with the SDK's {@link QrLoginSession} state machine. The desk opens
 * {@code /signin/qr}: a fresh session, its QR (inline SVG), its {@linkplain QrApproval#shortCode
 * short code} and its state, refreshed by a meta refresh (no JavaScript) or read as JSON at
 * {@code /signin/qr/{id}/status}. The QR holds {@code <public URL>/signin/qr/{id}/scan}, built on
 * {@link DeskAddress#publicUrl()} and never on the request's {@code Host} header.
 *
 * <p>Against QRLjacking (someone relays a desk's QR to a victim, who would sign the relayer's
 * desk in), nothing happens without the citizen's say-so, twice, each time next to the desk's
 * name and short code to compare with the desk's screen: opening the QR's URL ({@code GET}) only
 * asks "sign in to this desk?", and changes nothing (link scanners and previews open URLs too);
 * its form ({@code POST}, {@code id="qr-approve"}) marks the session SCANNED and signs in through
 * the provider; after the provider's callback the phone shows who signed in and asks again
 * ({@link QrApproval}, {@code id="qr-confirm"}), and only that {@code POST} approves the desk's
 * session — a provider that signs a known browser in silently must not approve a desk by itself.
 * The desk's next poll claims the approval once and is signed in. A session expires after
 * {@code onestop.signin.qr-lifetime}. Only the browser session that created a QR login can see or
 * claim it.
 */
@Controller
class QrLoginController {

    static final String DESK_ATTRIBUTE = "onestop.signin.qr";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final QrLogins qrLogins;
    private final SignInFlow flow;
    private final DeskAddress address;
    private final Clock clock;
    private final Duration lifetime;
    private final Duration pollInterval;

    QrLoginController(QrLogins qrLogins, SignInFlow flow, DeskAddress address, Clock clock,
            @Value("${onestop.signin.qr-lifetime:3m}") Duration lifetime,
            @Value("${onestop.signin.qr-poll-interval:3s}") Duration pollInterval) {
        this.qrLogins = qrLogins;
        this.flow = flow;
        this.address = address;
        this.clock = clock;
        this.lifetime = lifetime;
        this.pollInterval = pollInterval;
    }

    /** A new QR login for this browser session. */
    @GetMapping("/signin/qr")
    String start(HttpServletRequest request) {
        String id = newId();
        qrLogins.create(QrLoginSession.start(id, payload(id), lifetime, pollInterval, clock));
        request.getSession().setAttribute(DESK_ATTRIBUTE, id);
        return "redirect:/signin/qr/" + id;
    }

    /** The desk's page: the QR and its state; once approved, claims the sign-in and goes to {@code /signin}. */
    @GetMapping("/signin/qr/{id}")
    ModelAndView desk(@PathVariable("id") String id, HttpServletRequest request) {
        Optional<QrLogins.Stored> stored = owned(request.getSession(false), id);
        if (stored.isEmpty()) {
            return notFound();
        }
        QrLoginSession session = current(stored.get());
        if (session.status() == QrLoginStatus.APPROVED && claim(request, stored.get())) {
            return new ModelAndView("redirect:/signin");
        }
        ModelAndView page = new ModelAndView("signin/qr");
        page.addObject("qr", session);
        page.addObject("shortCode", QrApproval.shortCode(id));
        page.addObject("svg", session.svg());
        page.addObject("refreshSeconds", Math.max(1, session.nextPollDelay(clock).toSeconds()));
        return page;
    }

    /** The state as JSON, for a page that polls with a script. */
    @GetMapping(path = "/signin/qr/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> status(@PathVariable("id") String id, HttpServletRequest request) {
        Optional<QrLogins.Stored> stored = owned(request.getSession(false), id);
        if (stored.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", OidcError.BAD_SESSION_STATE.id()));
        }
        QrLoginSession session = current(stored.get());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("status", session.status().name());
        body.put("expiresAt", session.expiresAt().toString());
        body.put("nextPollMillis", session.nextPollDelay(clock).toMillis());
        return ResponseEntity.ok(body);
    }

    /** A fresh QR replacing an expired or denied one (the SDK refuses to reload a live or approved one). */
    @PostMapping("/signin/qr/{id}/reload")
    ModelAndView reload(@PathVariable("id") String id, HttpServletRequest request) {
        Optional<QrLogins.Stored> stored = owned(request.getSession(false), id);
        if (stored.isEmpty()) {
            return notFound();
        }
        String newId = newId();
        qrLogins.create(current(stored.get()).reload(newId, payload(newId), clock));
        request.getSession().setAttribute(DESK_ATTRIBUTE, newId);
        return new ModelAndView("redirect:/signin/qr/" + newId);
    }

    /** The URL in the QR: asks the citizen whether to sign in to this desk; changes nothing. */
    @GetMapping("/signin/qr/{id}/scan")
    ModelAndView confirmScan(@PathVariable("id") String id) {
        Optional<QrLogins.Stored> stored = qrLogins.find(id, payload(id));
        if (stored.isEmpty()) {
            return notFound();
        }
        QrLoginSession session = stored.get().session().expireIfDue(clock);
        if (session.status().isFinal()) {
            return finished(session);
        }
        ModelAndView page = new ModelAndView("signin/qr-scan");
        page.addObject("qrId", id);
        page.addObject("shortCode", QrApproval.shortCode(id));
        return page;
    }

    /** The citizen's "yes" on the phone: marks the session scanned and signs in through the provider. */
    @PostMapping("/signin/qr/{id}/scan")
    ModelAndView scan(@PathVariable("id") String id, HttpServletRequest request, Locale locale) {
        Optional<QrLogins.Stored> stored = qrLogins.find(id, payload(id));
        if (stored.isEmpty()) {
            return notFound();
        }
        QrLoginSession session = current(stored.get());
        if (session.status().isFinal()) {
            return finished(session);
        }
        qrLogins.scanned(id, clock.instant());
        return new ModelAndView("redirect:" + flow.begin(request.getSession(), Optional.of(id), locale));
    }

    /**
     * The citizen's answer on the phone after the provider's sign-in: approves the desk's session
     * as the citizen who signed in, or denies it ({@code deny}). Only the browser session that
     * signed in, with the form's one-time token, can answer.
     */
    @PostMapping("/signin/qr/{id}/approve")
    ModelAndView approve(@PathVariable("id") String id, @RequestParam(name = "token", defaultValue = "") String token,
            @RequestParam(name = "deny", required = false) String deny, HttpServletRequest request) {
        Optional<QrApproval> approval = QrApproval.take(request.getSession(false), id, token);
        if (approval.isEmpty()) {
            return badSessionState();
        }
        if (deny != null) {
            qrLogins.deny(id, clock.instant());
            return new ModelAndView("signin/qr-denied");
        }
        SignedInCitizen citizen = approval.get().citizen();
        if (!qrLogins.approve(id, citizen, clock.instant())) {
            return badSessionState();
        }
        ModelAndView page = new ModelAndView("signin/qr-approved");
        page.addObject("citizen", citizen);
        page.addObject("shortCode", QrApproval.shortCode(id));
        return page;
    }

    private Optional<QrLogins.Stored> owned(HttpSession session, String id) {
        return session != null && id.equals(session.getAttribute(DESK_ATTRIBUTE))
                ? qrLogins.find(id, payload(id)) : Optional.empty();
    }

    /** The session as of now; one past its expiry is stored as EXPIRED. */
    private QrLoginSession current(QrLogins.Stored stored) {
        QrLoginSession session = stored.session().expireIfDue(clock);
        if (session.status() == QrLoginStatus.EXPIRED && stored.session().status() != QrLoginStatus.EXPIRED) {
            qrLogins.expire(session.id(), clock.instant());
        }
        return session;
    }

    /** Signs this browser session in as the approving citizen, if this is the one claim of the approval. */
    private boolean claim(HttpServletRequest request, QrLogins.Stored stored) {
        if (stored.citizen().isEmpty() || !qrLogins.claim(stored.session().id(), clock.instant())) {
            return false;
        }
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setAttribute(SignedInCitizen.SESSION_ATTRIBUTE, stored.citizen().get());
        session.removeAttribute(DESK_ATTRIBUTE);
        return true;
    }

    private static ModelAndView notFound() {
        ModelAndView page = new ModelAndView("signin/error", HttpStatus.NOT_FOUND);
        page.addObject("code", OidcError.BAD_SESSION_STATE.id());
        return page;
    }

    private static ModelAndView badSessionState() {
        ModelAndView page = new ModelAndView("signin/error", HttpStatus.BAD_REQUEST);
        page.addObject("code", OidcError.BAD_SESSION_STATE.id());
        return page;
    }

    /** A session that can no longer be scanned: expired, denied or already approved. */
    private static ModelAndView finished(QrLoginSession session) {
        ModelAndView page = new ModelAndView("signin/qr", HttpStatus.BAD_REQUEST);
        page.addObject("qr", session);
        return page;
    }

    /** What the QR holds: the scan URL under the desk's public address. */
    private String payload(String id) {
        return address.publicUrl() + "/signin/qr/" + id + "/scan";
    }

    private static String newId() {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
