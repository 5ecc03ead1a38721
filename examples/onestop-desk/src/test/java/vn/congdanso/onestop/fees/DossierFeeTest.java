package vn.congdanso.onestop.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.congdanso.core.Vnd;
import vn.congdanso.onestop.DeskApp;
import vn.congdanso.onestop.dossiers.Cards;
import vn.congdanso.qr.procedure.DossierCode;
import vn.congdanso.qr.procedure.DossierStatus;
import vn.congdanso.qr.procedure.HttpProcedureDirectory;

/**
 * A dossier's fee, paid through the pipeline, shows in the dossier's status ({@code feesPaid})
 * under a fixed label: the order's free-text description never leaves through that public API.
 */
class DossierFeeTest {

    private final DeskApp desk = DeskApp.shared();

    @Test
    void reportsAPaidDossierFeeUnderAFixedLabelInTheDossierStatus() {
        String dossier = registerDossier();
        HttpProcedureDirectory client = HttpProcedureDirectory.builder().baseUrl(desk.baseUrl() + "/api/v1").build();
        assertThat(client.dossierStatus(DossierCode.parse(dossier)).orElseThrow().feesPaid()).isEmpty();

        HttpResponse<String> created = desk.postJson("/api/orders", "{\"procedureCode\":\"1.004222\",\"amount\":20000,"
                + "\"description\":\"NGUYEN VAN A nộp hộ, gọi 0912345678\",\"dossierCode\":\"" + dossier + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String ref = Orders.json(created.body()).get("ref").asText();
        String ack = desk.get(SandboxKeys.of(desk.dataDir()).paidIpn(ref, Vnd.of(20_000), "14000001")).body();
        assertThat(ack).contains("\"RspCode\":\"00\"");

        DossierStatus status = client.dossierStatus(DossierCode.parse(dossier)).orElseThrow();
        assertThat(status.feesPaid()).singleElement().satisfies(fee -> {
            assertThat(fee.amount()).isEqualTo(Vnd.of(20_000));
            assertThat(fee.description()).isEqualTo("Lệ phí hồ sơ " + dossier);
        });
        assertThat(desk.get("/api/v1/dossiers/" + dossier).body()).doesNotContain("NGUYEN", "0912345678");
        JsonNode order = Orders.get(desk, ref);
        assertThat(order.get("paymentCount").asInt()).isEqualTo(1);
    }

    private String registerDossier() {
        HttpResponse<String> response = desk.postForm("/dossiers", "procedure=1.004222&cardQr="
                + URLEncoder.encode(Cards.QR_TEXT, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        return response.headers().firstValue("Location").orElseThrow().substring("/dossiers/".length());
    }
}
