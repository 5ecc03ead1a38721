package vn.congdanso.payments.vnpay;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import okhttp3.HttpUrl;
import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.Secret;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.GatewayError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VnpaySignerTest {

    private static final Instant NOW = Instant.parse("2026-11-29T17:30:00Z");

    private static VnpayConfig config(String secret) {
        return VnpayConfig.builder().tmnCode("DEMOV210").hashSecrets(Secret.of(secret))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    private static VnpayPaymentRequest request() {
        return VnpayPaymentRequest.builder().amount(Vnd.of(18_060)).txnRef("5")
                .orderInfo("Lệ phí cấp bản sao trích lục hộ tịch").returnUrl("https://tinh.gov.vn/vnpay/return")
                .ipAddr("127.0.0.1").build();
    }

    @Test
    void producesTheHashOfEveryCreateVector() {
        for (JsonNode vector : VnpayTestSupport.vectors("create")) {
            Map<String, String> params = VnpayTestSupport.params(vector);
            VnpaySigner signer = VnpaySigner.create(config(vector.get("secret").asText()));
            assertThat(signer.sign(params)).isEqualTo(vector.get("expectHash").asText());
        }
    }

    @Test
    void anySingleChangedFieldOfACreateVectorChangesTheHash() {
        for (JsonNode vector : VnpayTestSupport.vectors("create")) {
            VnpaySigner signer = VnpaySigner.create(config(vector.get("secret").asText()));
            Map<String, String> params = VnpayTestSupport.params(vector);
            for (String key : params.keySet()) {
                Map<String, String> changed = new java.util.LinkedHashMap<>(params);
                changed.put(key, params.get(key) + "0");
                assertThat(signer.sign(changed)).isNotEqualTo(vector.get("expectHash").asText());
            }
        }
    }

    @Test
    void buildsAUrlThatItsVerifierAcceptsWithAmountTimesOneHundred() {
        VnpayConfig config = config("TESTSECRET_NOT_REAL_0123456789AB");
        String url = VnpaySigner.create(config).paymentUrl(request());
        HttpUrl parsed = HttpUrl.get(url);
        assertThat(parsed.queryParameter("vnp_Amount")).isEqualTo("1806000");
        assertThat(parsed.queryParameter("vnp_Version")).isEqualTo("2.1.0");
        assertThat(parsed.queryParameter("vnp_OrderInfo")).isEqualTo("Le phi cap ban sao trich luc ho tich");
        assertThat(parsed.queryParameter("vnp_CurrCode")).isEqualTo("VND");
        assertThat(parsed.queryParameter("vnp_Locale")).isEqualTo("vn");
        assertThat(url).startsWith(VnpayConfig.SANDBOX_PAYMENT_URL + "?vnp_Amount=1806000&vnp_Command=pay&");
        assertThat(url).contains("vnp_ReturnUrl=https%3A%2F%2Ftinh.gov.vn%2Fvnpay%2Freturn");
        Map<String, String> signed = new java.util.LinkedHashMap<>();
        for (String name : parsed.queryParameterNames()) {
            signed.put(name, parsed.queryParameter(name));
        }
        String canonical = VnpayTestSupport.referenceCanonical(signed);
        assertThat(signed.get("vnp_SecureHash"))
                .isEqualTo(VnpayTestSupport.referenceHash("TESTSECRET_NOT_REAL_0123456789AB", canonical));
    }

    @Test
    void writesDatesInGmtPlus7WhateverTheDefaultZone() {
        TimeZone previous = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            String utc = VnpaySigner.create(config("s")).paymentUrl(request());
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            String newYork = VnpaySigner.create(config("s")).paymentUrl(request());
            assertThat(utc).isEqualTo(newYork);
            HttpUrl parsed = HttpUrl.get(utc);
            assertThat(parsed.queryParameter("vnp_CreateDate")).isEqualTo("20261130003000");
            assertThat(parsed.queryParameter("vnp_ExpireDate")).isEqualTo("20261130004500");
        } finally {
            TimeZone.setDefault(previous);
        }
    }

    @Test
    void usesAnExplicitCreateDateAndBankCode() {
        VnpayPaymentRequest request = VnpayPaymentRequest.builder().amount(Vnd.of(1000)).txnRef("A1")
                .orderInfo("x").returnUrl("https://a.vn/r").ipAddr("10.0.0.1").bankCode("VNPAYQR")
                .language(VnpayPaymentRequest.Language.EN)
                .createDate(Instant.parse("2021-08-01T08:33:33Z")).build();
        HttpUrl parsed = HttpUrl.get(VnpaySigner.create(config("s")).paymentUrl(request));
        assertThat(parsed.queryParameter("vnp_CreateDate")).isEqualTo("20210801153333");
        assertThat(parsed.queryParameter("vnp_BankCode")).isEqualTo("VNPAYQR");
        assertThat(parsed.queryParameter("vnp_Locale")).isEqualTo("en");
    }

    @Test
    void rejectsInvalidRequests() {
        VnpayPaymentRequest.Builder valid = VnpayPaymentRequest.builder().amount(Vnd.of(1000)).txnRef("A1")
                .orderInfo("x").returnUrl("https://a.vn/r").ipAddr("10.0.0.1");
        assertInvalid(() -> valid.amount(Vnd.ZERO).build());
        assertInvalid(() -> valid.amount(Vnd.of(1)).txnRef("có dấu").build());
        assertInvalid(() -> valid.txnRef("A1").returnUrl("javascript:alert(1)").build());
        assertInvalid(() -> valid.returnUrl("https://a.vn/r").ipAddr("not an ip").build());
        assertInvalid(() -> VnpayPaymentRequest.builder().build());
        assertInvalid(() -> VnpayConfig.builder().hashSecrets(Secret.of("s")).build());
    }

    @Test
    void neverShowsTheSecret() {
        VnpayConfig config = config("SUPER_SECRET_NOT_REAL");
        assertThat(config.toString() + VnpaySigner.create(config) + VnpayVerifier.create(config))
                .doesNotContain("SUPER_SECRET_NOT_REAL");
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(CongDanSoException.class)
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(GatewayError.BAD_REQUEST);
    }
}
