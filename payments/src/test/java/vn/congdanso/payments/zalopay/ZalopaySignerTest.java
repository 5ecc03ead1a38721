package vn.congdanso.payments.zalopay;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.Secret;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.GatewayError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZalopaySignerTest {

    private static final String KEY1 = "PcY4iZIKFCIdgZvA6ueMcMHHUbRLYjPL";
    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-11-29T20:30:00Z");

    static ZalopayConfig config() {
        return ZalopayConfig.builder().appId("2553").key1(Secret.of(KEY1)).key2s(Secret.of("kLtgPl8HHhfvMuDHPwKfgfsY4Ydm9eIz"))
                .clock(Clock.fixed(LATE_EVENING_UTC, ZoneOffset.UTC)).build();
    }

    @Test
    void signsOrdersOverThePipeJoinedFieldsWithADateInGmtPlus7() {
        TimeZone previous = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            ZalopayOrder order = ZalopaySigner.create(config()).sign(new ZalopayOrderRequest("HS0001", "citizen42",
                    Vnd.of(10_000), "Le phi HS0001", "[]", "{\"redirecturl\":\"https://tinh.gov.vn\"}", "",
                    java.util.Optional.empty()));
            assertThat(order.appTransId()).isEqualTo("261130_HS0001");
            assertThat(order.appTime()).isEqualTo(LATE_EVENING_UTC.toEpochMilli());
            String signed = "2553|261130_HS0001|citizen42|10000|" + LATE_EVENING_UTC.toEpochMilli()
                    + "|{\"redirecturl\":\"https://tinh.gov.vn\"}|[]";
            assertThat(order.mac()).isEqualTo(ZalopayTestSupport.hmac(KEY1, signed));
        } finally {
            TimeZone.setDefault(previous);
        }
    }

    @Test
    void signsQueriesWithKey1AsTheLastField() {
        assertThat(ZalopaySigner.create(config()).queryMac("261130_HS0001"))
                .isEqualTo(ZalopayTestSupport.hmac(KEY1, "2553|261130_HS0001|" + KEY1));
    }

    @Test
    void rejectsInvalidOrders() {
        assertThatThrownBy(() -> ZalopayOrderRequest.of("bad suffix!", "u", Vnd.of(1), "d"))
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(GatewayError.BAD_REQUEST);
        assertThatThrownBy(() -> ZalopayOrderRequest.of("ok", "u", Vnd.ZERO, "d"))
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(GatewayError.BAD_REQUEST);
        assertThat(config().toString()).doesNotContain(KEY1);
    }
}
