package vn.congdanso.onestop.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdanso.onestop.DeskApp;

class FeePagesTest {

    private final DeskApp desk = DeskApp.shared();

    @Test
    void listsOrdersWithTheFormInVietnameseAndEnglish() {
        Orders.create(desk, 20000);

        String vietnamese = desk.get("/fees").body();
        String english = desk.get("/fees?lang=en").body();

        assertThat(vietnamese).contains("Lệ phí", "id=\"fee-form\"", "id=\"fee-procedure\"", "id=\"fee-amount\"",
                "id=\"fee-create\"", "id=\"fee-orders\"", "name=\"viewport\"");
        assertThat(english).contains("Fees", "Create and pay");
    }

    @Test
    void prefillsTheProceduresFeeAndTheDossierCode() {
        String page = desk.get("/fees/new?dossier=H15.50.05.13-261008-0975&procedure=1.004222").body();

        assertThat(page).contains("value=\"1.004222\"", "value=\"20000\"", "value=\"H15.50.05.13-261008-0975\"",
                "Đăng ký thường trú");
    }

    @Test
    void makesAnOrderFromTheFormAndShowsItsQrStatusAndPaymentButtons() {
        HttpResponse<String> created = desk.postForm("/fees", form("1.004222", "20.000", "", "H15.50.05.13-261008-0975"));

        assertThat(created.statusCode()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/fees/[0-9]{6}_[0-9A-Z]{10}");
        String page = desk.get(location.substring(location.indexOf("/fees/"))).body();
        assertThat(page).contains("id=\"order-status\"", ">PENDING<", "id=\"vietqr\"", "<svg", "id=\"pay-vnpay\"",
                "id=\"pay-momo\"", "id=\"pay-zalopay\"", "http-equiv=\"refresh\"", "20.000",
                "H15.50.05.13-261008-0975");
    }

    @Test
    void showsAPaidOrderWithoutRefreshingOrPaymentButtons() {
        var created = Orders.create(desk, 20000);
        String ref = created.get("ref").asText();
        desk.get(SandboxKeys.of(desk.dataDir()).paidIpn(ref, vn.congdanso.core.Vnd.of(20000), "15000001"));

        String page = desk.get("/fees/" + ref).body();

        assertThat(page).contains(">PAID<").doesNotContain("http-equiv=\"refresh\"", "id=\"pay-vnpay\"");
    }

    @Test
    void answersBadFormInputWithThePageAndTheSdkCode() {
        HttpResponse<String> refused = desk.postForm("/fees", form("1.004222", "abc", "", ""));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("core.BAD_AMOUNT", "id=\"fee-form\"", "value=\"1.004222\"");
        assertThat(desk.postForm("/fees", form("9.999999", "1000", "", "")).body()).contains("procedure.UNKNOWN_PROCEDURE");
        assertThat(desk.get("/fees/new?procedure=xyz").statusCode()).isEqualTo(400);
    }

    @Test
    void answers404ForAnUnknownOrderPage() {
        HttpResponse<String> missing = desk.get("/fees/261129_NOSUCHORDR");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("fees.UNKNOWN_ORDER");
        assertThat(desk.get("/sandbox-gateway/vnpay/261129_NOSUCHORDR").statusCode()).isEqualTo(404);
    }

    @Test
    void answers404NamingAnUnknownGateway() {
        String ref = Orders.create(desk, 20000).get("ref").asText();

        HttpResponse<String> refused = desk.postForm("/fees/" + ref + "/pay/paypal", "");

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).contains("fees.UNKNOWN_GATEWAY").doesNotContain("fees.UNKNOWN_ORDER");
    }

    @Test
    void offersNoVnpayLinkPastItsValidityButAskForANewOrder() {
        String ref = Orders.create(desk, 20000).get("ref").asText();
        desk.bean(JdbcTemplate.class).update("UPDATE fee_orders SET created_at = ? WHERE ref = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(2), ref);

        String page = desk.get("/fees/" + ref).body();

        assertThat(page).contains("id=\"pay-vnpay-expired\"").doesNotContain("id=\"pay-vnpay\"", "vpcpay.html");
        assertThat(desk.get("/fees/" + ref + "?lang=en").body()).contains("make a new order");
    }

    private static String form(String procedure, String amount, String description, String dossier) {
        return "procedure=" + encode(procedure) + "&amount=" + encode(amount) + "&description=" + encode(description)
                + "&dossier=" + encode(dossier);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
