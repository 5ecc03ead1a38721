package vn.congdanso.onestop.dossiers;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.congdanso.core.RejectedException;
import vn.congdanso.onestop.fees.FeeOrders;
import vn.congdanso.qr.procedure.DossierCode;
import vn.congdanso.qr.procedure.FeePayment;

/**
 * {@code GET /api/v1/dossiers/{dossierCode}} of {@code docs/openapi/procedures.yaml}: a dossier
 * received at this desk, with the fees paid for it (fee orders that name it and are PAID); 400
 * with {@code procedure.BAD_DOSSIER_CODE} (or {@code BAD_DOSSIER_DATE}) for a malformed code, 404
 * with {@code dossier.UNKNOWN_DOSSIER}. Anyone who knows (or guesses) a code may ask, so a paid
 * fee is described by a {@linkplain #FEE_LABEL fixed label}, never by its order's free-text
 * description, which may carry whatever the payer typed.
 */
@RestController
class DossierStatusApi {

    /** What every paid fee is called here, before the dossier code. */
    static final String FEE_LABEL = "Lệ phí hồ sơ ";

    private final DossierStore store;
    private final FeeOrders fees;

    DossierStatusApi(DossierStore store, FeeOrders fees) {
        this.store = store;
        this.fees = fees;
    }

    @GetMapping(path = "/api/v1/dossiers/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    DossierStatusBody status(@PathVariable("code") String code) {
        DossierCode dossier = DossierCode.parse(code);
        return store.find(dossier).map(found -> found.toDossierStatus(feesPaid(dossier))).map(DossierStatusBody::of)
                .orElseThrow(() -> new RejectedException(DossierError.UNKNOWN_DOSSIER, "no dossier with this code was received here"));
    }

    private List<FeePayment> feesPaid(DossierCode dossier) {
        return fees.paidFor(dossier).stream()
                .map(paid -> new FeePayment(FEE_LABEL + dossier, paid.amount(), paid.paidAt())).toList();
    }
}
