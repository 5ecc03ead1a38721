package vn.congdanso.payments.vnpay;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.payments.GatewayError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VnpayParametersTest {

    private static String canonical(SignedParameters parameters) {
        return new String(parameters.canonical(), StandardCharsets.US_ASCII);
    }

    @Test
    void sortsDropsHashFieldsAndEmptyValuesAndEncodes() {
        Map<String, String> params = Map.of("vnp_TxnRef", "5", "vnp_Amount", "100", "vnp_SecureHash", "ff",
                "vnp_SecureHashType", "HmacSHA512", "vnp_BankCode", "", "vnp_OrderInfo", "Thanh toán :5");
        assertThat(canonical(VnpayParameters.fromMap(params)))
                .isEqualTo("vnp_Amount=100&vnp_OrderInfo=Thanh+to%C3%A1n+%3A5&vnp_TxnRef=5");
        assertThat(canonical(VnpayParameters.fromRawQuery("vnp_TxnRef=5&vnp_OrderInfo=Thanh%20to%c3%a1n%20:5"
                + "&vnp_BankCode=&vnp_Amount=100&vnp_SecureHash=ff")))
                .isEqualTo("vnp_Amount=100&vnp_OrderInfo=Thanh+to%C3%A1n+%3A5&vnp_TxnRef=5");
    }

    @Test
    void readsQueriesFromUrlsAndSkipsEmptySegments() {
        SignedParameters parameters = VnpayParameters.fromRawQuery(
                VnpayParameters.bareQuery("https://tinh.gov.vn/r?vnp_A=1&&vnp_B=2#frag"));
        assertThat(canonical(parameters)).isEqualTo("vnp_A=1&vnp_B=2");
        assertThat(VnpayParameters.bareQuery("?a=1")).isEqualTo("a=1");
        assertThat(VnpayParameters.bareQuery("https://tinh.gov.vn/r")).isEmpty();
    }

    @Test
    void rejectsDuplicatesNullsAndOversizedInput() {
        assertCode(() -> VnpayParameters.fromRawQuery("a=1&a=2"), GatewayError.DUPLICATE_PARAMETER);
        java.util.HashMap<String, String> withNull = new java.util.HashMap<>();
        withNull.put("a", null);
        assertCode(() -> VnpayParameters.fromMap(withNull), GatewayError.BAD_CALLBACK);
        assertCode(() -> VnpayParameters.bareQuery("a=" + "1".repeat(VnpayParameters.MAX_LENGTH)), GatewayError.BAD_CALLBACK);
        assertCode(() -> VnpayParameters.fromRawQuery("a=1&".repeat(VnpayParameters.MAX_PARAMETERS + 1)),
                GatewayError.BAD_CALLBACK);
    }

    @Test
    void findsValuesByKeyAndTreatsEmptyAsAbsent() {
        VnpayParameters parameters = VnpayParameters.fromRawQuery("vnp_B=&vnp_A=x+y&vnp_C=3");
        assertThat(parameters.get("vnp_A")).contains("x y");
        assertThat(parameters.find("vnp_B")).isNegative();
        assertThat(parameters.find("vnp_Z")).isNegative();
        assertThat(parameters.asMap()).containsExactly(Map.entry("vnp_A", "x y"), Map.entry("vnp_B", ""), Map.entry("vnp_C", "3"));
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, GatewayError code) {
        assertThatThrownBy(call).isInstanceOf(CongDanSoException.class)
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(code);
    }
}
