package vn.congdanso.onestop.procedures;

import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.congdanso.qr.procedure.AgencyCode;
import vn.congdanso.qr.procedure.ProcedureQuery;

/**
 * The procedures of {@code docs/openapi/procedures.yaml}: {@code GET /api/v1/procedures/{code}}
 * and {@code GET /api/v1/procedures?q=&agency=&page=&size=}. Errors are the contract's
 * {@code Error} body (see {@link DeskProblems}): 400 for a malformed code or query, 404 for an
 * unknown procedure.
 */
@RestController
@RequestMapping(path = "/api/v1/procedures", produces = MediaType.APPLICATION_JSON_VALUE)
class ProceduresApi {

    private final ProcedureLookup lookup;

    ProceduresApi(ProcedureLookup lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/{code}")
    ProcedureBody procedure(@PathVariable("code") String code) {
        return ProcedureBody.of(lookup.require(code));
    }

    @GetMapping
    ProcedurePageBody search(@RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "agency", required = false) String agency,
            @RequestParam(name = "page", defaultValue = "0") String page,
            @RequestParam(name = "size", defaultValue = "" + ProcedureQuery.DEFAULT_SIZE) String size) {
        ProcedureQuery query = new ProcedureQuery(q, Optional.ofNullable(agency).map(AgencyCode::parse),
                PageNumber.parse(page), PageNumber.parse(size));
        return ProcedurePageBody.of(lookup.directory().search(query));
    }
}
