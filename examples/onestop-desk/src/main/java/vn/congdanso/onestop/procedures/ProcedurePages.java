package vn.congdanso.onestop.procedures;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.congdanso.qr.procedure.Page;
import vn.congdanso.qr.procedure.Procedure;
import vn.congdanso.qr.procedure.ProcedureCode;
import vn.congdanso.qr.procedure.ProcedureQuery;

/**
 * {@code /procedures}: the directory with a search form (no JavaScript), ten procedures a page,
 * and each procedure's details with its portal QR code, also as {@code qr.svg} and {@code qr.png}.
 */
@Controller
class ProcedurePages {

    static final int PAGE_SIZE = 10;
    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    private final ProcedureLookup lookup;
    private final PortalQr portal;

    ProcedurePages(ProcedureLookup lookup, PortalQr portal) {
        this.lookup = lookup;
        this.portal = portal;
    }

    @GetMapping("/procedures")
    String search(@RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "page", defaultValue = "0") String page, Model model) {
        ProcedureQuery query = ProcedureQuery.keywords(q.strip()).withPage(PageNumber.parse(page), PAGE_SIZE);
        Page<Procedure> results = lookup.directory().search(query);
        model.addAttribute("q", q.strip());
        model.addAttribute("results", results.items().stream().map(ProcedureBody::of).toList());
        model.addAttribute("page", results.page());
        model.addAttribute("totalItems", results.totalItems());
        model.addAttribute("hasPrevious", results.page() > 0);
        model.addAttribute("hasNext", results.hasNext());
        return "procedures/list";
    }

    @GetMapping("/procedures/{code}")
    String details(@PathVariable("code") String code, Model model) {
        Procedure procedure = lookup.require(code);
        ProcedureCode found = procedure.code().orElseThrow();
        model.addAttribute("procedure", ProcedureBody.of(procedure));
        model.addAttribute("portalUrl", portal.link(found).toString());
        model.addAttribute("portalQr", portal.inlineSvg(found));
        return "procedures/details";
    }

    @GetMapping("/procedures/{code}/qr.svg")
    ResponseEntity<String> qrSvg(@PathVariable("code") String code) {
        return ResponseEntity.ok().contentType(SVG).body(portal.svgDocument(codeOf(code)));
    }

    @GetMapping("/procedures/{code}/qr.png")
    ResponseEntity<byte[]> qrPng(@PathVariable("code") String code) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(portal.png(codeOf(code)));
    }

    private ProcedureCode codeOf(String code) {
        return lookup.require(code).code().orElseThrow();
    }
}
