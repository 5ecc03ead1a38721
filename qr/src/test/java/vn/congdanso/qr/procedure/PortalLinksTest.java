package vn.congdanso.qr.procedure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.text.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortalLinksTest {

    @Test
    void linksNationalProcedurePage() {
        assertThat(PortalLinks.national().procedurePage(ProcedureCode.parse("1.001612")))
                .hasToString("https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001612");
    }

    @Test
    void linksLocalizedCodeToItsNationalProcedure() {
        assertThat(PortalLinks.national().procedurePage(ProcedureCode.parse("1.001612.000.00.00.H01")).getQuery())
                .isEqualTo("ma_thu_tuc=1.001612");
    }

    @Test
    void linksProvincialPortalWithCodeAsGiven() {
        PortalLinks links = PortalLinks.provincial("https://dichvucong.example.gov.vn/thu-tuc?ma={code}&lang=vi");
        assertThat(links.procedurePage(ProcedureCode.parse("1.001612.000.00.00.H01")))
                .hasToString("https://dichvucong.example.gov.vn/thu-tuc?ma=1.001612.000.00.00.H01&lang=vi");
        assertThat(links.dossierPage(DossierCode.parse("H15-261008-1"))).isEmpty();
    }

    @Test
    void linksDossierLookupWhenConfigured() {
        PortalLinks links = PortalLinks.provincial("https://dvc.example.gov.vn/tt/{code}")
                .withDossierLookup("https://dvc.example.gov.vn/tra-cuu?ma_ho_so={dossier}");
        var uri = links.dossierPage(DossierCode.parse("H15.50.05.13-261008-0975")).orElseThrow();
        assertThat(uri).hasToString("https://dvc.example.gov.vn/tra-cuu?ma_ho_so=H15.50.05.13-261008-0975");
        assertThat(VietnameseText.isAscii(uri.toString())).isTrue();
    }

    @Test
    void percentEncodesOutsideUnreservedSet() {
        assertThat(PortalLinks.percentEncode("a b/Đ~.-_")).isEqualTo("a%20b%2F%C4%90~.-_");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://dvc.example.gov.vn/{code}", "https://dvc.example.gov.vn/", "https://dvc.example.gov.vn/{code}/{code}",
            "https://dvc.example.gov.vn/thủ-tục/{code}", "https://dvc example.gov.vn/{code}", "https:///{code}"})
    void rejectsUnusableTemplates(String template) {
        assertThatThrownBy(() -> PortalLinks.provincial(template)).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(ProcedureError.BAD_PORTAL_TEMPLATE));
    }
}
