package vn.congdanso.onestop.signin.devprovider;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.card.CitizenId;

/**
 * The development provider's authorization endpoint: a page, clearly labelled as not VNeID, with
 * a form to sign in as a fictional citizen (NGUYEN VAN A by default). Posting it issues a one-time
 * code and sends the browser back to the desk's redirect URI; "Từ chối" sends {@code access_denied}.
 * No JavaScript.
 */
@Controller
@RequestMapping(DevProvider.PATH + "/authorize")
@ConditionalOnBooleanProperty("onestop.signin.dev-provider")
class DevAuthorizePage {

    private static final Logger LOG = LoggerFactory.getLogger(DevAuthorizePage.class);
    private static final List<String> LEVELS = List.of("LoA1", "LoA2");

    private final DevProvider provider;
    private final DevCodes codes;
    private final Clock clock;

    DevAuthorizePage(DevProvider provider, DevCodes codes, Clock clock) {
        this.provider = provider;
        this.codes = codes;
        this.clock = clock;
    }

    @GetMapping
    ModelAndView show(@RequestParam Map<String, String> query) {
        AuthorizeRequest request = AuthorizeRequest.of(query);
        Optional<AuthorizeRequest.Problem> problem = check(request);
        if (problem.isPresent()) {
            return refuse(request, problem.get());
        }
        DevCitizen citizen = DevCitizen.DEFAULT;
        return form(request, citizen.fullName(), citizen.idNumber().digits(), citizen.birthDate().toString(),
                LEVELS.contains(request.requestedAcr()) ? request.requestedAcr() : citizen.acr(), Optional.empty(), HttpStatus.OK);
    }

    @PostMapping
    ModelAndView signIn(@RequestParam Map<String, String> form) {
        AuthorizeRequest request = AuthorizeRequest.of(form);
        Optional<AuthorizeRequest.Problem> problem = check(request);
        if (problem.isPresent()) {
            return refuse(request, problem.get());
        }
        if (form.containsKey("deny")) {
            return redirect(request, Map.of("error", "access_denied"));
        }
        String fullName = form.getOrDefault("fullName", "").strip();
        String idNumber = form.getOrDefault("idNumber", "").strip();
        String birthDate = form.getOrDefault("birthDate", "").strip();
        String acr = form.getOrDefault("acr", "");
        DevCitizen citizen;
        try {
            citizen = citizen(fullName, idNumber, birthDate, acr);
        } catch (RejectedException e) {
            return form(request, fullName, idNumber, birthDate, acr, Optional.of(e.code().id()), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        String code = codes.issue(new IssuedCode(request.get("client_id").orElseThrow(),
                request.get("redirect_uri").orElseThrow(), request.get("code_challenge").orElseThrow(),
                request.get("nonce"), subject(citizen.idNumber()), citizen.claims(), citizen.acr(), clock.instant()));
        LOG.info("dev-oidc signed in {}", citizen);
        return redirect(request, Map.of("code", code));
    }

    private Optional<AuthorizeRequest.Problem> check(AuthorizeRequest request) {
        return request.check(provider.credentials().clientId(), provider.redirectUri());
    }

    private static DevCitizen citizen(String fullName, String idNumber, String birthDate, String acr) {
        if (fullName.isEmpty() || fullName.length() > 100) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "the name must have 1 to 100 characters");
        }
        CitizenId id = CitizenId.parse(idNumber);
        LocalDate born;
        try {
            born = LocalDate.parse(birthDate);
        } catch (DateTimeParseException e) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "the birth date is not a yyyy-MM-dd date");
        }
        if (!LEVELS.contains(acr)) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "the level must be LoA1 or LoA2");
        }
        return new DevCitizen(fullName, id, born, acr);
    }

    /** A stable, opaque subject: an HMAC of the ID number under the provider's salt. */
    private String subject(CitizenId id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(provider.credentials().subjectSalt().bytes(), "HmacSHA256"));
            byte[] digest = mac.doFinal(id.digits().getBytes(StandardCharsets.US_ASCII));
            return "dev-" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private ModelAndView form(AuthorizeRequest request, String fullName, String idNumber, String birthDate, String acr,
            Optional<String> error, HttpStatus status) {
        ModelAndView page = new ModelAndView("signin/dev-authorize", status);
        page.addObject("oauth", request.parameters());
        page.addObject("clientId", provider.credentials().clientId());
        page.addObject("requestedAcr", request.requestedAcr());
        page.addObject("fullName", fullName);
        page.addObject("idNumber", idNumber);
        page.addObject("birthDate", birthDate);
        page.addObject("acr", acr);
        page.addObject("levels", LEVELS);
        error.ifPresent(code -> page.addObject("errorCode", code));
        return page;
    }

    private ModelAndView refuse(AuthorizeRequest request, AuthorizeRequest.Problem problem) {
        if (problem.redirectable()) {
            return redirect(request, Map.of("error", problem.error()));
        }
        LOG.info("dev-oidc authorization request refused: {}", problem.error());
        ModelAndView page = new ModelAndView("signin/error", HttpStatus.BAD_REQUEST);
        page.addObject("code", problem.error());
        page.addObject("devProvider", true);
        return page;
    }

    /** Back to the registered redirect URI with {@code parameters}, the state and the issuer (RFC 9207). */
    private ModelAndView redirect(AuthorizeRequest request, Map<String, String> parameters) {
        UriComponentsBuilder target = UriComponentsBuilder.fromUriString(provider.redirectUri());
        parameters.forEach((name, value) -> target.queryParam(name, "{" + name + "}"));
        target.queryParam("iss", "{iss}");
        request.get("state").ifPresent(state -> target.queryParam("state", "{state}"));
        Map<String, String> values = new HashMap<>(parameters);
        values.put("iss", provider.issuer());
        request.get("state").ifPresent(state -> values.put("state", state));
        return new ModelAndView("redirect:" + target.encode().buildAndExpand(values).toUriString());
    }
}
