package vn.congdanso.payments.vnpay;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.VerifiedCallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.congdanso.payments.vnpay.VnpayTestSupport.callbackVectors;
import static vn.congdanso.payments.vnpay.VnpayTestSupport.params;
import static vn.congdanso.payments.vnpay.VnpayTestSupport.query;
import static vn.congdanso.payments.vnpay.VnpayTestSupport.signed;

class VnpayVerifierTest {

    private static final String SECRET = "TESTSECRET_NOT_REAL_0123456789AB";
    private static final String TMN = "DEMOV210";

    /** A GET callback of {@code params} (encoded) or of a query as received. */
    private static RawCallback get(Object paramsOrQuery) {
        return RawCallback.get(paramsOrQuery instanceof Map<?, ?> map ? queryOf(map) : (String) paramsOrQuery);
    }

    @SuppressWarnings("unchecked")
    private static String queryOf(Map<?, ?> params) {
        return query((Map<String, String>) params);
    }

    private static VnpayVerifier verifier(JsonNode vector) {
        return VnpayVerifier.of(vector.get("params").get("vnp_TmnCode").asText(), Secret.of(vector.get("secret").asText()));
    }

    @Test
    void everyCallbackVectorVerifiesAsExpected() {
        List<JsonNode> vectors = callbackVectors();
        assertThat(vectors).isNotEmpty();
        for (JsonNode vector : vectors) {
            Map<String, String> params = params(vector);
            assertThat(VnpayParameters.fromMap(params).canonical())
                    .as(vector.get("id").asText())
                    .isEqualTo(vector.get("canonical").asText().getBytes(StandardCharsets.UTF_8));
            boolean valid = vector.get("expect").get("valid").asBoolean();
            if (valid) {
                VerifiedCallback fromQuery = verifier(vector).verify(get(query(params)));
                assertThat(fromQuery.paid()).isEqualTo(vector.get("expect").get("paid").asBoolean());
                assertThat(fromQuery.gateway()).isEqualTo(Gateway.VNPAY);
                assertThat(fromQuery.merchant()).isEqualTo(params.get("vnp_TmnCode"));
                assertThat(fromQuery.orderRef()).isEqualTo(params.get("vnp_TxnRef"));
                assertThat(fromQuery.amount().toHundredths()).isEqualTo(Long.parseLong(params.get("vnp_Amount")));
            } else {
                assertThatThrownBy(() -> verifier(vector).verify(get(query(params))))
                        .isInstanceOf(RejectedException.class);
            }
        }
    }

    @Test
    void rejectsAnySingleChangedField() {
        for (JsonNode vector : callbackVectors()) {
            Map<String, String> params = params(vector);
            for (String key : params.keySet()) {
                if (key.equals("vnp_SecureHash") || key.equals("vnp_TmnCode")) {
                    continue;
                }
                Map<String, String> tampered = new LinkedHashMap<>(params);
                tampered.put(key, params.get(key) + "1");
                assertRejected(vector, query(tampered), GatewayError.BAD_SIGNATURE);
                tampered.put(key, "");
                assertRejected(vector, query(tampered), GatewayError.BAD_SIGNATURE);
            }
        }
    }

    @Test
    void rejectsAnySingleChangedHashCharacter() {
        for (JsonNode vector : callbackVectors()) {
            Map<String, String> params = params(vector);
            String hash = params.get("vnp_SecureHash");
            for (int i = 0; i < hash.length(); i++) {
                char replacement = hash.charAt(i) == '0' ? '1' : '0';
                Map<String, String> tampered = new LinkedHashMap<>(params);
                tampered.put("vnp_SecureHash", hash.substring(0, i) + replacement + hash.substring(i + 1));
                assertRejected(vector, query(tampered), GatewayError.BAD_SIGNATURE);
            }
        }
    }

    @Test
    void acceptsUpperCaseHashAndIgnoresSecureHashType() {
        JsonNode vector = callbackVectors().get(0);
        Map<String, String> params = params(vector);
        params.put("vnp_SecureHash", params.get("vnp_SecureHash").toUpperCase());
        params.put("vnp_SecureHashType", "HmacSHA512");
        assertThat(verifier(vector).verify(get(query(params))).paid()).isTrue();
    }

    @Test
    void rejectsLookalikeCharactersBeyondAscii() {
        String query = query(signed(SECRET, VnpayTestSupport.sampleIpn()));
        VnpayVerifier verifier = VnpayVerifier.of(TMN, Secret.of(SECRET));
        for (String lookalike : List.of("\u0153", "\u0253", "\u00d3", "\uff33")) {
            assertThatThrownBy(() -> verifier.verify(get(query.replace("vnp_TxnRef=HS-0001", "vnp_TxnRef=HS-0001".replace("S", lookalike)))))
                    .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(GatewayError.BAD_SIGNATURE);
        }
    }

    @Test
    void rejectsAnAddedSignedParameter() {
        JsonNode vector = callbackVectors().get(0);
        Map<String, String> params = params(vector);
        params.put("vnp_Extra", "1");
        assertRejected(vector, query(params), GatewayError.BAD_SIGNATURE);
    }

    @Test
    void rejectsDuplicatedParameters() {
        JsonNode vector = callbackVectors().get(0);
        String query = query(params(vector));
        assertRejected(vector, query + "&vnp_Amount=1000000", GatewayError.DUPLICATE_PARAMETER);
        assertRejected(vector, query + "&vnp_SecureHash=00", GatewayError.DUPLICATE_PARAMETER);
        assertRejected(vector, "vnp_TxnRef=1&" + query, GatewayError.DUPLICATE_PARAMETER);
    }

    @Test
    void rejectsAMissingOrEmptyHash() {
        JsonNode vector = callbackVectors().get(0);
        Map<String, String> params = params(vector);
        params.remove("vnp_SecureHash");
        assertRejected(vector, query(params), GatewayError.MISSING_SIGNATURE);
        params.put("vnp_SecureHash", "");
        assertRejected(vector, query(params), GatewayError.MISSING_SIGNATURE);
        assertRejected(vector, "", GatewayError.MISSING_SIGNATURE);
    }

    @Test
    void acceptsEveryEquivalentEncodingOfTheQuery() {
        Map<String, String> params = VnpayTestSupport.sampleIpn();
        params.put("vnp_OrderInfo", "Lệ phí: A*B~C (x/y) 100% \"ok\" 😀");
        Map<String, String> signed = signed(SECRET, params);
        VnpayVerifier verifier = VnpayVerifier.of(TMN, Secret.of(SECRET));
        String canonicalEncoding = query(signed);
        String percentSpaces = canonicalEncoding.replace("+", "%20");
        String lowerHex = lowerCaseEscapes(canonicalEncoding);
        String tildeAndStarEscaped = canonicalEncoding.replace("%7E", "~").replace("*", "%2A");
        for (String query : List.of(canonicalEncoding, percentSpaces, lowerHex, tildeAndStarEscaped,
                "?" + canonicalEncoding, "https://tinh.gov.vn/vnpay/return?" + canonicalEncoding + "#top")) {
            VerifiedCallback callback = verifier.verify(get(query));
            assertThat(callback.signedFields().get("vnp_OrderInfo")).isEqualTo("Lệ phí: A*B~C (x/y) 100% \"ok\" 😀");
        }
        assertThat(verifier.verify(get(signed)).paid()).isTrue();
    }

    @Test
    void verifiesValuesThatGrowWhenReencoded() {
        Map<String, String> params = VnpayTestSupport.sampleIpn();
        params.put("vnp_OrderInfo", ":/".repeat(400) + "ệ".repeat(100));
        String raw = query(signed(SECRET, params)).replace("%3A", ":").replace("%2F", "/");
        assertThat(VnpayVerifier.of(TMN, Secret.of(SECRET)).verify(get(raw)).signedFields()).containsEntry("vnp_OrderInfo", params.get("vnp_OrderInfo"));
    }

    @Test
    void readsTypedFieldsAfterVerifying() {
        VerifiedCallback callback = VnpayVerifier.of(TMN, Secret.of(SECRET))
                .verify(get(query(signed(SECRET, VnpayTestSupport.sampleIpn()))));
        assertThat(callback.amount()).isEqualTo(Vnd.of(120_000));
        assertThat(callback.orderRef()).isEqualTo("HS-0001");
        assertThat(callback.transactionId()).isEqualTo("14422574");
        assertThat(callback.merchant()).isEqualTo(TMN);
        assertThat(callback.time()).contains(Instant.parse("2026-11-29T03:15:00Z"));
        assertThat(callback.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(callback.signedFields()).containsEntry("vnp_BankCode", "NCB").containsEntry("vnp_TxnRef", "HS-0001")
                .doesNotContainKey("vnp_SecureHash");
    }

    @Test
    void acceptsEveryActiveSecretDuringRotation() {
        String query = query(signed("OLD_SECRET_NOT_REAL", VnpayTestSupport.sampleIpn()));
        assertThat(VnpayVerifier.of(TMN, Secret.of(SECRET), Secret.of("OLD_SECRET_NOT_REAL")).verify(get(query)).paid()).isTrue();
        assertThatThrownBy(() -> VnpayVerifier.of(TMN, Secret.of(SECRET)).verify(get(query)))
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(GatewayError.BAD_SIGNATURE);
    }

    @Test
    void rejectsBrokenEscapesAndNonUtf8WithTheirOffset() {
        VnpayVerifier verifier = VnpayVerifier.of(TMN, Secret.of(SECRET));
        for (String query : List.of("vnp_A=%G1&vnp_SecureHash=00", "vnp_A=%4&vnp_SecureHash=00",
                "vnp_A=%C3%28&vnp_SecureHash=00", "vnp_A=%ED%A0%80&vnp_SecureHash=00", "vnp_A=%E1%BB&vnp_SecureHash=00")) {
            assertThatThrownBy(() -> verifier.verify(get(query)))
                    .isInstanceOfSatisfying(RejectedException.class, e -> {
                        assertThat(e.code()).isEqualTo(GatewayError.BAD_CALLBACK);
                        assertThat(e.offset()).isPresent();
                    });
        }
    }

    @Test
    void rejectsASignedCallbackWithoutRequiredFields() {
        Map<String, String> params = VnpayTestSupport.sampleIpn();
        params.remove("vnp_TxnRef");
        assertThatThrownBy(() -> VnpayVerifier.of(TMN, Secret.of(SECRET)).verify(get(signed(SECRET, params))))
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(GatewayError.BAD_CALLBACK);
        for (String date : List.of("20261331101500", "20260230101500", "20261129241500", "20261129106000", "2026112910150")) {
            Map<String, String> badDate = VnpayTestSupport.sampleIpn();
            badDate.put("vnp_PayDate", date);
            assertThatThrownBy(() -> VnpayVerifier.of(TMN, Secret.of(SECRET)).verify(get(query(signed(SECRET, badDate)))))
                    .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(GatewayError.BAD_CALLBACK);
        }
        Map<String, String> leapDay = VnpayTestSupport.sampleIpn();
        leapDay.put("vnp_PayDate", "20280229235959");
        assertThat(VnpayVerifier.of(TMN, Secret.of(SECRET)).verify(get(query(signed(SECRET, leapDay)))).time())
                .contains(Instant.parse("2028-02-29T16:59:59Z"));
        Map<String, String> oddAmount = VnpayTestSupport.sampleIpn();
        oddAmount.put("vnp_Amount", "12000050");
        assertThatThrownBy(() -> VnpayVerifier.of(TMN, Secret.of(SECRET)).verify(get(signed(SECRET, oddAmount))))
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(GatewayError.BAD_CALLBACK);
    }

    @Test
    void rejectsOversizedInput() {
        VnpayVerifier verifier = VnpayVerifier.of(TMN, Secret.of(SECRET));
        assertThatThrownBy(() -> verifier.verify(get("a=1&".repeat(200))))
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(GatewayError.BAD_CALLBACK);
        assertThatThrownBy(() -> verifier.verify(get("a=" + "x".repeat(20_000))))
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(GatewayError.BAD_CALLBACK);
    }

    @Test
    void mutatedQueriesFailOnlyWithSdkExceptions() {
        String valid = query(signed(SECRET, VnpayTestSupport.sampleIpn()));
        VnpayVerifier verifier = VnpayVerifier.of(TMN, Secret.of(SECRET));
        Random random = new Random(20261129);
        String alphabet = "%&=+?#~*aZ09_\u00e9\ud83d\ude00\ud800 ";
        long deadline = System.nanoTime() + 2_000_000_000L;
        for (int i = 0; i < 200_000 && System.nanoTime() < deadline; i++) {
            StringBuilder mutated = new StringBuilder(valid);
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                int at = random.nextInt(mutated.length());
                switch (random.nextInt(3)) {
                    case 0 -> mutated.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> mutated.deleteCharAt(at);
                    default -> mutated.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            try {
                VerifiedCallback accepted = verifier.verify(get(mutated.toString()));
                assertThat(accepted.signedFields()).containsAllEntriesOf(VnpayTestSupport.sampleIpn());
            } catch (RejectedException expected) {
                assertThat(expected.code()).isInstanceOf(GatewayError.class);
            }
        }
    }

    private static String lowerCaseEscapes(String query) {
        StringBuilder out = new StringBuilder(query);
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) == '%') {
                out.setCharAt(i + 1, Character.toLowerCase(out.charAt(i + 1)));
                out.setCharAt(i + 2, Character.toLowerCase(out.charAt(i + 2)));
            }
        }
        return out.toString();
    }

    private static void assertRejected(JsonNode vector, String query, GatewayError code) {
        assertThatThrownBy(() -> verifier(vector).verify(get(query)))
                .isInstanceOf(RejectedException.class)
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(code);
    }
}
