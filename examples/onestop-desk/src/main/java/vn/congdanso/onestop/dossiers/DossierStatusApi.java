package vn.congdanso.onestop.dossiers;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.procedure.DossierCode;

/**
 * {@code GET /api/v1/dossiers/{dossierCode}} of {@code docs/openapi/procedures.yaml}: a dossier
 * received at this desk; 400 with {@code procedure.BAD_DOSSIER_CODE} (or
 * {@code BAD_DOSSIER_DATE}) for a malformed code, 404 with {@code dossier.UNKNOWN_DOSSIER}.
 */
@RestController
class DossierStatusApi {

    private final DossierStore store;

    DossierStatusApi(DossierStore store) {
        this.store = store;
    }

    @GetMapping(path = "/api/v1/dossiers/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    DossierStatusBody status(@PathVariable("code") String code) {
        return store.find(DossierCode.parse(code)).map(Dossier::toDossierStatus).map(DossierStatusBody::of)
                .orElseThrow(() -> new RejectedException(DossierError.UNKNOWN_DOSSIER, "no dossier with this code was received here"));
    }
}
