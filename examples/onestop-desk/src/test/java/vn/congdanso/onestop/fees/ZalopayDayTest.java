package vn.congdanso.onestop.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.congdanso.onestop.DeskApp;
import vn.congdanso.onestop.TestClock;

/**
 * ZaloPay dates its {@code app_trans_id} on the day it is made (GMT+7), so an order made before
 * midnight is offered to ZaloPay only until midnight; MoMo and VietQR take it after.
 */
class ZalopayDayTest {

    private static DeskApp desk;
    private static TestClock clock;

    @BeforeAll
    static void startDesk() {
        desk = DeskApp.start(TestClock.ARGUMENT);
        clock = desk.bean(TestClock.class);
    }

    @AfterAll
    static void stopDesk() {
        desk.close();
    }

    @Test
    void offersZalopayOnlyOnTheDayTheOrderWasMadeInVietnamTime() {
        clock.set(OffsetDateTime.parse("2026-12-01T23:59:30+07:00").toInstant());
        String ref = Orders.create(desk, 20000).get("ref").asText();
        assertThat(ref).startsWith("261201_");
        assertThat(desk.get("/fees/" + ref).body()).contains("id=\"pay-zalopay\"");

        clock.advance(Duration.ofMinutes(1));

        assertThat(desk.get("/fees/" + ref).body()).doesNotContain("id=\"pay-zalopay\"").contains("id=\"pay-momo\"");
        HttpResponse<String> zalopay = desk.postForm("/fees/" + ref + "/pay/zalopay", "");
        assertThat(zalopay.statusCode()).isEqualTo(422);
        assertThat(zalopay.body()).contains("fees.PAYMENT_NOT_OFFERED");
        HttpResponse<String> momo = desk.postForm("/fees/" + ref + "/pay/momo", "");
        assertThat(momo.statusCode()).as(momo.body()).isEqualTo(303);
        assertThat(Orders.get(desk, ref).get("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void takesATodaysOrderAtZalopayRightAfterMidnight() {
        clock.set(OffsetDateTime.parse("2026-12-02T00:00:05+07:00").toInstant());
        String ref = Orders.create(desk, 20000).get("ref").asText();

        HttpResponse<String> zalopay = desk.postForm("/fees/" + ref + "/pay/zalopay", "");

        assertThat(ref).startsWith("261202_");
        assertThat(zalopay.statusCode()).as(zalopay.body()).isEqualTo(303);
    }
}
