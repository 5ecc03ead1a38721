package vn.congdanso.onestop.dossiers;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import vn.congdanso.qr.procedure.AgencyCode;

/**
 * The unit whose desk this is: its QCVN 102:2016 agency code (property
 * {@code onestop.dossiers.agency}), which receipts name, and the unit part of the dossier codes
 * it issues, the agency's levels from the top down as far as they are in use ({@code 000.05.15.H41}
 * gives {@code H41.15.05}).
 *
 * @param agency      the agency code
 * @param dossierUnit the unit part of its dossier codes
 */
record ReceivingUnit(AgencyCode agency, String dossierUnit) {

    static ReceivingUnit of(AgencyCode agency) {
        List<String> levels = agency.levels();
        String unit = IntStream.range(0, agency.depth()).mapToObj(levels::get).collect(Collectors.joining("."));
        return new ReceivingUnit(agency, unit);
    }
}
