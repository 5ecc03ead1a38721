package vn.congdanso.onestop.dossiers;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.text.VietnameseText;
import vn.congdanso.identity.card.CitizenCardQr;
import vn.congdanso.onestop.procedures.Explanations;
import vn.congdanso.onestop.procedures.ProcedureLookup;
import vn.congdanso.qr.procedure.DossierCode;
import vn.congdanso.qr.procedure.Page;
import vn.congdanso.qr.procedure.Procedure;
import vn.congdanso.qr.procedure.ProcedureQuery;

/**
 * {@code GET /dossiers/new}: the intake form (no JavaScript; the card QR pasted or its photo
 * uploaded); {@code POST /dossiers}: registers the dossier and answers 303 to its page, or
 * re-shows the form with the SDK's error code and 422; {@code GET /dossiers/{code}}: the dossier
 * with its signed receipt.
 */
@Controller
class DossierPages {

    private final ProcedureLookup procedures;
    private final DossierIntake intake;
    private final DossierStore store;
    private final Explanations explanations;

    DossierPages(ProcedureLookup procedures, DossierIntake intake, DossierStore store, Explanations explanations) {
        this.procedures = procedures;
        this.intake = intake;
        this.store = store;
        this.explanations = explanations;
    }

    /**
     * A procedure in the form's list.
     *
     * @param code the procedure's code
     * @param name its name
     */
    record Choice(String code, String name) {
    }

    @GetMapping("/dossiers/new")
    ModelAndView form(@RequestParam(name = "procedure", defaultValue = "") String procedure) {
        return formPage(procedure.strip(), "", "", HttpStatus.OK);
    }

    @PostMapping("/dossiers")
    ModelAndView submit(@RequestParam(name = "procedure", defaultValue = "") String procedure,
            @RequestParam(name = "cardQr", defaultValue = "") String cardQr,
            @RequestParam(name = "cardPhoto", required = false) MultipartFile cardPhoto,
            @RequestParam(name = "phone", defaultValue = "") String phone, Locale locale) {
        try {
            Application application = new Application(procedure, readCard(cardQr, cardPhoto), Application.phone(phone));
            Dossier dossier = intake.receive(application);
            RedirectView redirect = new RedirectView(UriComponentsBuilder.fromPath("/dossiers/{code}")
                    .buildAndExpand(dossier.code().toString()).encode().toUriString(), true);
            redirect.setStatusCode(HttpStatus.SEE_OTHER);
            return new ModelAndView(redirect);
        } catch (RejectedException e) {
            ModelAndView page = formPage(procedure, cardQr, phone, HttpStatus.UNPROCESSABLE_CONTENT);
            page.addObject("errorCode", e.code().id());
            page.addObject("explanation", explanations.of(e.code(), locale));
            return page;
        }
    }

    @GetMapping("/dossiers/{code}")
    ModelAndView dossier(@PathVariable("code") String code) {
        Dossier dossier = store.find(DossierCode.parse(code))
                .orElseThrow(() -> new RejectedException(DossierError.UNKNOWN_DOSSIER, "no dossier with this code was received here"));
        return new ModelAndView("dossiers/show", Map.of("dossier", DossierView.of(dossier)));
    }

    /** The card from the pasted text, or else from the photo; the identity module validates it. */
    private static CitizenCardQr readCard(String cardQr, MultipartFile cardPhoto) {
        if (!cardQr.isBlank()) {
            return CitizenCardQr.parse(cardQr.strip());
        }
        if (QrPhotos.present(cardPhoto)) {
            return CitizenCardQr.parse(QrPhotos.read(cardPhoto));
        }
        throw new RejectedException(DossierError.MISSING_CARD, "paste the card's QR text or upload a photo of it");
    }

    private ModelAndView formPage(String procedure, String cardQr, String phone, HttpStatus status) {
        ModelAndView page = new ModelAndView("dossiers/new", status);
        page.addObject("choices", choices());
        page.addObject("procedure", procedure);
        page.addObject("cardQr", cardQr);
        page.addObject("phone", phone);
        return page;
    }

    /** Every procedure of the directory that has a code, by name. */
    private List<Choice> choices() {
        List<Choice> choices = new ArrayList<>();
        Page<Procedure> page = procedures.directory().search(ProcedureQuery.keywords("").withPage(0, ProcedureQuery.MAX_SIZE));
        while (true) {
            page.items().forEach(p -> p.code().ifPresent(code -> choices.add(new Choice(code.toString(), p.name()))));
            if (!page.hasNext()) {
                choices.sort(Comparator.comparing(Choice::name, Collator.getInstance(VietnameseText.VIETNAMESE)));
                return choices;
            }
            page = procedures.directory().search(ProcedureQuery.keywords("").withPage(page.page() + 1, ProcedureQuery.MAX_SIZE));
        }
    }
}
