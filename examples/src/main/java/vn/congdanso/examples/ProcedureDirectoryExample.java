package vn.congdanso.examples;

import java.io.PrintStream;
import java.util.List;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.procedure.AgencyCode;
import vn.congdanso.qr.procedure.DossierCode;
import vn.congdanso.qr.procedure.OfflineProcedureDirectory;
import vn.congdanso.qr.procedure.PortalLinks;
import vn.congdanso.qr.procedure.Procedure;
import vn.congdanso.qr.procedure.ProcedureCode;
import vn.congdanso.qr.procedure.ProcedureQuery;

/** A commune's One-Stop kiosk: search procedures, show one, link to the portals, read codes. */
final class ProcedureDirectoryExample implements Example {

    @Override
    public String title() {
        return "qr.procedure: procedure directory, typed codes, portal links";
    }

    @Override
    public void run(PrintStream out) {
        OfflineProcedureDirectory directory = OfflineProcedureDirectory.bundled();
        out.println("1. The kiosk loads the bundled catalogue: " + directory.all().size() + " procedures, data version "
                + directory.info().version() + " of " + directory.info().date());

        List<Procedure> hits = directory.search(ProcedureQuery.keywords("dang ky khai sinh").withPage(0, 3)).items();
        out.println("2. A parent types \"dang ky khai sinh\" without diacritics; best matches:");
        hits.forEach(p -> out.println("     " + p.code().map(Object::toString).orElse("?") + "  " + p.name()));
        if (!hits.get(0).name().equals("Đăng ký khai sinh")) {
            throw new IllegalStateException("birth registration should rank first");
        }

        ProcedureCode localized = ProcedureCode.parse("1.001193.000.00.15.H41");
        Procedure birth = directory.find(localized).orElseThrow();
        out.println("3. The poster's QR holds the commune's localized code " + localized + " (national " + localized.national()
                + ", agency " + localized.agency().orElseThrow() + "): " + birth.name() + ", " + birth.processingTime());
        out.println("   Documents: " + String.join("; ", birth.documents()));

        out.println("4. Links to print beside it, ASCII only:");
        out.println("     national:   " + PortalLinks.national().procedurePage(localized));
        PortalLinks province = PortalLinks.provincial("https://dichvucong.example.gov.vn/thu-tuc?ma={code}")
                .withDossierLookup("https://dichvucong.example.gov.vn/tra-cuu?ma_ho_so={dossier}");
        out.println("     provincial: " + province.procedurePage(localized));

        AgencyCode commune = localized.agency().orElseThrow();
        out.println("5. Agency " + commune + " sits in a " + commune.kind() + "-level tree at depth " + commune.depth()
                + ", under " + commune.parent().orElseThrow());

        DossierCode dossier = DossierCode.parse("H15.50.05.13-261008-0975");
        out.println("6. A dossier code reads as unit " + dossier.unit() + ", received " + dossier.date() + ", number "
                + dossier.sequence() + "; track it at " + province.dossierPage(dossier).orElseThrow());

        try {
            ProcedureCode.parse("1.0O1193");
            throw new IllegalStateException("a letter O must be rejected");
        } catch (RejectedException e) {
            out.println("7. A mistyped code (letter O for zero) is a typed error: " + e.code().id() + " at offset "
                    + e.offset().getAsInt());
        }
    }
}
