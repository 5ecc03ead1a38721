package vn.congdanso.payments.vnpay;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.Secret;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.VerifiedCallback;

import static org.assertj.core.api.Assertions.assertThat;

class ReceivedQueryTest {

    private static String candidate(String query) {
        return new String(ReceivedQuery.split(query).orElseThrow().canonical(), StandardCharsets.UTF_8);
    }

    @Test
    void dropsTheHashSegmentWhereverItStands() {
        assertThat(candidate("a=1&b=2&vnp_SecureHash=ff")).isEqualTo("a=1&b=2");
        assertThat(candidate("vnp_SecureHash=ff&a=1&b=2")).isEqualTo("a=1&b=2");
        assertThat(candidate("a=1&vnp_SecureHash=ff&b=2")).isEqualTo("a=1&b=2");
        assertThat(ReceivedQuery.split("a=1&vnp_SecureHash=ff").orElseThrow().hash()).isEqualTo("ff");
    }

    @Test
    void declinesQueriesWithoutANonEmptyHashAtABoundary() {
        for (String query : List.of("a=1", "vnp_SecureHash=ff", "a=1&vnp_SecureHash=", "a=1&xvnp_SecureHash=ff",
                "a=vnp_SecureHash=ff")) {
            assertThat(ReceivedQuery.split(query)).as(query).isEmpty();
        }
    }

    @Test
    void keepsASecondHashInTheCandidateWhereItBreaksTheMac() {
        assertThat(candidate("a=1&vnp_SecureHash=ff&vnp_SecureHash=ee")).isEqualTo("a=1&vnp_SecureHash=ee");
        String full = "f".repeat(128);
        assertThat(candidate("a=1&vnp_SecureHash=ff&vnp_SecureHash=" + full)).isEqualTo("a=1&vnp_SecureHash=ff");
        assertThat(ReceivedQuery.split("a=1&vnp_SecureHash=" + full).orElseThrow().hash()).isEqualTo(full);
    }

    @Test
    void findsOnlyWholeNonEmptyKeys() {
        ReceivedQuery query = ReceivedQuery.split("vnp_Amount=100&xvnp_TxnRef=1&vnp_BankCode=&vnp_OrderInfo=a+b%3A"
                + "&vnp_SecureHash=ff").orElseThrow();
        assertThat(query.get("vnp_Amount")).contains("100");
        assertThat(query.get("vnp_OrderInfo")).contains("a b:");
        assertThat(query.find("vnp_TxnRef")).isNegative();
        assertThat(query.find("vnp_BankCode")).isNegative();
        assertThat(query.find("vnp_Amoun")).isNegative();
        assertThat(query.asMap()).containsEntry("xvnp_TxnRef", "1").containsEntry("vnp_SecureHash", "ff");
    }

    @Test
    void agreesWithTheFullCanonicaliserWheneverItsCandidateVerifies() {
        String secret = "TESTSECRET_NOT_REAL_0123456789AB";
        VnpayVerifier verifier = VnpayVerifier.of("DEMOV210", Secret.of(secret));
        Random random = new Random(29);
        String[] keys = {"vnp_BankCode", "vnp_OrderInfo", "vnp_CardType", "vnp_A"};
        for (int n = 0; n < 300; n++) {
            Map<String, String> params = VnpayTestSupport.sampleIpn();
            params.put(keys[random.nextInt(keys.length)], random.nextBoolean() ? "" : "x y:" + random.nextInt(99));
            params.put("vnp_Amount", Long.toString(100L * (1 + random.nextInt(1_000_000))));
            String query = VnpayTestSupport.query(VnpayTestSupport.signed(secret, params));
            VerifiedCallback callback = verifier.verify(RawCallback.get(query));
            VerifiedCallback full = VnpayFields.read(VnpayParameters.fromRawQuery(query), "DEMOV210");
            assertThat(callback.orderRef()).isEqualTo(full.orderRef());
            assertThat(callback.amount()).isEqualTo(full.amount());
            assertThat(callback.status()).isEqualTo(full.status());
            assertThat(callback.time()).isEqualTo(full.time());
            assertThat(new HashMap<>(callback.signedFields())).isEqualTo(new HashMap<>(full.signedFields()));
        }
    }
}
