package vn.congdanso.onestop.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congdanso.onestop.DeskApp;
import vn.congdanso.qr.procedure.AgencyCode;
import vn.congdanso.qr.procedure.HttpProcedureDirectory;
import vn.congdanso.qr.procedure.OfflineProcedureDirectory;
import vn.congdanso.qr.procedure.ProcedureCode;
import vn.congdanso.qr.procedure.ProcedureQuery;

/**
 * The {@code /api/v1/procedures} contract, read by the SDK's own strict client and checked
 * directly for status codes and error bodies.
 */
class ProceduresApiTest {

    private final DeskApp desk = DeskApp.shared();
    private final OfflineProcedureDirectory offline = OfflineProcedureDirectory.bundled();
    private final HttpProcedureDirectory client = HttpProcedureDirectory.builder().baseUrl(desk.baseUrl() + "/api/v1").build();

    @Test
    void sdkClientReadsEveryProcedureEqualToTheOfflineDirectory() {
        offline.all().stream().filter(p -> p.code().isPresent()).forEach(procedure ->
                assertThat(client.find(procedure.code().get())).hasValue(procedure));
        ProcedureCode localized = ProcedureCode.parse("1.001193.000.05.15.H41");
        assertThat(client.find(localized)).isEqualTo(offline.find(localized));
    }

    @Test
    void sdkClientSearchesPageByPageEqualToTheOfflineDirectory() {
        for (String keywords : List.of("", "khai sinh", "KẾT HÔN", "tam tru", "1.001193", "không có thủ tục này")) {
            for (int page = 0; page < 3; page++) {
                ProcedureQuery query = ProcedureQuery.keywords(keywords).withPage(page, 7);
                assertThat(client.search(query)).as(keywords + " page " + page).isEqualTo(offline.search(query));
            }
        }
        ProcedureQuery byAgency = ProcedureQuery.agency(AgencyCode.parse("000.00.15.H41"));
        assertThat(client.search(byAgency)).isEqualTo(offline.search(byAgency));
    }

    @Test
    void sdkClientTreatsUnknownProcedureAsEmpty() {
        assertThat(client.find(ProcedureCode.parse("9.999999"))).isEmpty();
    }

    @Test
    void answersProcedureAsJsonWithNullForMissingAmounts() {
        HttpResponse<String> response = desk.get("/api/v1/procedures/1.001193");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).contains("\"code\":\"1.001193\"", "\"name\":\"Đăng ký khai sinh\"", "\"field\":\"Hộ tịch\"",
                "\"levels\":[\"COMMUNE\"]", "\"amountVnd\":0", "\"amountVnd\":null");
    }

    @Test
    void answersPagesWithTheirCounts() {
        assertThat(desk.get("/api/v1/procedures?q=khai%20sinh&page=0&size=2").body())
                .contains("\"page\":0", "\"size\":2", "\"totalItems\":4");
        assertThat(desk.get("/api/v1/procedures").body()).contains("\"size\":20", "\"totalItems\":32");
    }

    @Test
    void rejectsUnknownProcedureWith404AndErrorBody() {
        HttpResponse<String> response = desk.get("/api/v1/procedures/9.999999");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).startsWith("{\"code\":\"procedure.UNKNOWN_PROCEDURE\",\"message\":\"");
    }

    @Test
    void rejectsMalformedRequestsWith400AndErrorBody() {
        assertError("/api/v1/procedures/1.0011", "procedure.BAD_PROCEDURE_CODE");
        assertError("/api/v1/procedures/1.001193.000.05.15.X41", "procedure.UNSUPPORTED_AGENCY_KIND");
        assertError("/api/v1/procedures?size=0", "procedure.BAD_QUERY");
        assertError("/api/v1/procedures?size=101", "procedure.BAD_QUERY");
        assertError("/api/v1/procedures?page=10001", "procedure.BAD_QUERY");
        assertError("/api/v1/procedures?page=abc", "procedure.BAD_QUERY");
        assertError("/api/v1/procedures?q=" + "a".repeat(201), "procedure.BAD_QUERY");
        assertError("/api/v1/procedures?agency=000.00.15", "procedure.BAD_AGENCY_CODE");
    }

    private void assertError(String path, String code) {
        HttpResponse<String> response = desk.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).as(path).startsWith("{\"code\":\"" + code + "\",\"message\":\"");
    }
}
