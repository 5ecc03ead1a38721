package vn.congdanso.onestop.procedures;

import java.net.URI;

import org.springframework.stereotype.Component;

import vn.congdanso.qr.QrCode;
import vn.congdanso.qr.QrEncoder;
import vn.congdanso.qr.QrImage;
import vn.congdanso.qr.procedure.PortalLinks;
import vn.congdanso.qr.procedure.ProcedureCode;

/** A procedure's page on the national public-service portal, as a link and as a QR code. */
@Component
class PortalQr {

    private final PortalLinks links = PortalLinks.national();
    private final QrEncoder encoder = QrEncoder.standard();

    URI link(ProcedureCode code) {
        return links.procedurePage(code);
    }

    QrCode qr(ProcedureCode code) {
        return encoder.encode(link(code).toString());
    }

    String inlineSvg(ProcedureCode code) {
        return QrPictures.inlineSvg(qr(code));
    }

    String svgDocument(ProcedureCode code) {
        return QrImage.svg(qr(code));
    }

    byte[] png(ProcedureCode code) {
        return QrImage.png(qr(code));
    }
}
