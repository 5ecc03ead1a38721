package vn.congdanso.payments.zalopay;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.testing.SharedVectors;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.VerifiedCallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZalopayVerifierTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> callbackVectors() {
        List<JsonNode> out = new ArrayList<>();
        SharedVectors.vectors("zalopay").forEach(v -> {
            if (v.get("kind").asText().equals("callback")) {
                out.add(v);
            }
        });
        assertThat(out).isNotEmpty();
        return out;
    }

    private static ZalopayVerifier verifier(JsonNode vector) {
        return ZalopayVerifier.of(appId(vector), Secret.of(vector.get("key2").asText()));
    }

    private static String appId(JsonNode vector) {
        try {
            return JSON.readTree(vector.get("callback").get("data").asText()).get("app_id").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyCallbackVectorVerifiesAsExpected() {
        for (JsonNode vector : callbackVectors()) {
            String body = vector.get("callback").toString();
            JsonNode expect = vector.get("expect");
            if (expect.get("valid").asBoolean()) {
                ZalopayVerifier verifier = verifier(vector);
                VerifiedCallback callback = verifier.verify(RawCallback.postJson(body));
                assertThat(callback.merchant()).isEqualTo(appId(vector));
                assertThat(callback.orderRef()).isEqualTo(expect.get("appTransId").asText());
                assertThat(callback.amount()).isEqualTo(Vnd.of(expect.get("amount").asLong()));
                assertThat(callback.transactionId()).isEqualTo(expect.get("zpTransId").asText());
                assertThat(callback.paid()).isTrue();
                assertThat(verifier.acknowledge(CallbackOutcome.APPLIED).body())
                        .contains("\"return_code\":" + expect.get("returnCode").asInt());
            } else {
                assertThatThrownBy(() -> verifier(vector).verify(RawCallback.postJson(body))).isInstanceOf(RejectedException.class);
            }
        }
    }

    @Test
    void rejectsAnySingleChangedCharacterOfDataOrMac() {
        for (JsonNode vector : callbackVectors()) {
            ObjectNode callback = (ObjectNode) vector.get("callback");
            for (String field : List.of("data", "mac")) {
                String value = callback.get(field).asText();
                for (int i = 0; i < value.length(); i++) {
                    ObjectNode tampered = callback.deepCopy();
                    char replacement = value.charAt(i) == '1' ? '2' : '1';
                    tampered.put(field, value.substring(0, i) + replacement + value.substring(i + 1));
                    // a changed app_id names another merchant; a broken data string is no JSON: both refused first
                    assertThatThrownBy(() -> verifier(vector).verify(RawCallback.postJson(tampered.toString())))
                            .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isIn(
                                    GatewayError.BAD_SIGNATURE, GatewayError.MERCHANT_MISMATCH, GatewayError.BAD_CALLBACK));
                }
            }
        }
    }

    @Test
    void verifiesDataAsReceivedNotAReserialisedCopy() throws Exception {
        JsonNode vector = callbackVectors().get(0);
        ObjectNode callback = ((ObjectNode) vector.get("callback")).deepCopy();
        JsonNode data = JSON.readTree(callback.get("data").asText());
        callback.put("data", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(data));
        assertCode(verifier(vector), callback.toString(), GatewayError.BAD_SIGNATURE);
    }

    @Test
    void rejectsMissingMacDuplicatesAndMalformedEnvelopes() {
        JsonNode vector = callbackVectors().get(0);
        ObjectNode callback = ((ObjectNode) vector.get("callback")).deepCopy();
        String body = callback.toString();
        assertCode(verifier(vector), body.replace("\"type\"", "\"mac\":\"00\",\"type\""), GatewayError.DUPLICATE_PARAMETER);
        assertCode(verifier(vector), "{\"data\":{},\"mac\":\"00\"}", GatewayError.BAD_CALLBACK);
        assertCode(verifier(vector), "not json", GatewayError.BAD_CALLBACK);
        callback.remove("mac");
        assertCode(verifier(vector), callback.toString(), GatewayError.MISSING_SIGNATURE);
    }

    @Test
    void rejectsSignedDataThatIsNotTheExpectedJson() {
        String data = "{\"app_trans_id\":\"261129_1\"}";
        String mac = ZalopayTestSupport.hmac("KEY2_NOT_REAL", data);
        String body = JSON.createObjectNode().put("data", data).put("mac", mac).put("type", 1).toString();
        assertCode(ZalopayVerifier.of("2553", Secret.of("KEY2_NOT_REAL")), body, GatewayError.BAD_CALLBACK);
    }

    @Test
    void acceptsEveryActiveKey2AndBecomesAPaidEvent() {
        JsonNode vector = callbackVectors().get(0);
        ZalopayVerifier rotating = ZalopayVerifier.of("2553", Secret.of("NEW_KEY2_NOT_REAL"),
                Secret.of(vector.get("key2").asText()));
        VerifiedCallback event = rotating.verify(RawCallback.postJson(vector.get("callback").toString()));
        assertThat(event.gateway()).isEqualTo(Gateway.ZALOPAY);
        assertThat(event.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(event.orderRef()).isEqualTo("200904_2553_1598435687208");
        assertThat(event.transactionId()).isEqualTo("200904000000389");
        assertThat(event.time()).contains(Instant.ofEpochMilli(1_599_189_413_498L));
    }

    @Test
    void verifiesTheRedirectChecksum() {
        Map<String, String> redirect = new java.util.LinkedHashMap<>();
        redirect.put("appid", "2553");
        redirect.put("apptransid", "261130_HS0001");
        redirect.put("pmcid", "38");
        redirect.put("bankcode", "");
        redirect.put("amount", "10000");
        redirect.put("discountamount", "0");
        redirect.put("status", "1");
        String key2 = "kLtgPl8HHhfvMuDHPwKfgfsY4Ydm9eIz";
        redirect.put("checksum", ZalopayTestSupport.hmac(key2, "2553|261130_HS0001|38||10000|0|1"));
        ZalopayRedirect verified = ZalopayVerifier.of("2553", Secret.of(key2)).verifyRedirect(redirect);
        assertThat(verified.success()).isTrue();
        assertThat(verified.amount()).isEqualTo(Vnd.of(10_000));
        assertThat(verified.appTransId()).isEqualTo("261130_HS0001");
        for (String field : List.of("appid", "apptransid", "pmcid", "bankcode", "amount", "discountamount", "status")) {
            Map<String, String> tampered = new java.util.LinkedHashMap<>(redirect);
            tampered.put(field, redirect.get(field) + "1");
            assertThatThrownBy(() -> ZalopayVerifier.of("2553", Secret.of(key2)).verifyRedirect(tampered))
                    .extracting(e -> ((CongDanSoException) e).code())
                    .isEqualTo(field.equals("appid") ? GatewayError.MERCHANT_MISMATCH : GatewayError.BAD_SIGNATURE);
        }
        assertThat(ZalopayVerifier.of("2553", Secret.of(key2)).verifyRedirect(Map.copyOf(redirect)).success()).isTrue();
        Map<String, String> withNull = new java.util.HashMap<>(redirect);
        withNull.put("pmcid", null);
        assertThatThrownBy(() -> ZalopayVerifier.of("2553", Secret.of(key2)).verifyRedirect(withNull))
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(GatewayError.BAD_CALLBACK);
        redirect.remove("checksum");
        assertThatThrownBy(() -> ZalopayVerifier.of("2553", Secret.of(key2)).verifyRedirect(redirect))
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(GatewayError.MISSING_SIGNATURE);
    }

    @Test
    void writesAckBodies() {
        assertThat(ZalopayAck.SUCCESS.body()).isEqualTo("{\"return_code\":1,\"return_message\":\"success\"}");
        assertThat(ZalopayAck.of(CallbackOutcome.BAD_SIGNATURE).returnCode()).isEqualTo(-1);
        assertThat(ZalopayAck.of(CallbackOutcome.DUPLICATE).returnCode()).isEqualTo(1);
        assertThat(ZalopayAck.of(CallbackOutcome.UNKNOWN_ORDER).returnCode()).isEqualTo(-1);
        assertThat(ZalopayAck.of(CallbackOutcome.RETRY).returnCode()).isEqualTo(2);
    }

    @Test
    void mutatedBodiesFailOnlyWithSdkExceptions() {
        JsonNode vector = callbackVectors().get(0);
        String valid = vector.get("callback").toString();
        ZalopayVerifier verifier = verifier(vector);
        Random random = new Random(11);
        String alphabet = "{}[]\":,0-9\\ux";
        long deadline = System.nanoTime() + 1_500_000_000L;
        for (int i = 0; i < 100_000 && System.nanoTime() < deadline; i++) {
            StringBuilder mutated = new StringBuilder(valid);
            mutated.setCharAt(random.nextInt(mutated.length()), alphabet.charAt(random.nextInt(alphabet.length())));
            try {
                assertThat(verifier.verify(RawCallback.postJson(mutated.toString())).amount()).isEqualTo(Vnd.of(10_000));
            } catch (RejectedException expected) {
                assertThat(expected.code()).isInstanceOf(GatewayError.class);
            }
        }
    }

    /** A fictional callback whose MAC was computed outside this code base (Python hmac and OpenSSL agree). */
    private static final String INDEPENDENT_DATA = "{\"app_id\":2553,\"app_trans_id\":\"261201_2553_HS0001\","
            + "\"app_time\":1764558000000,\"app_user\":\"user123\",\"amount\":150000,\"embed_data\":\"{}\","
            + "\"item\":\"[]\",\"zp_trans_id\":261201000000123,\"server_time\":1764558061000,\"channel\":38,"
            + "\"merchant_user_id\":\"fictional-user\",\"user_fee_amount\":0,\"discount_amount\":0}";
    private static final String INDEPENDENT_MAC = "e1d2b487bdc99529bf8db6590390a724ae134ea6504902ca151032c76976eb97";
    private static final String SANDBOX_KEY2 = "kLtgPl8HHhfvMuDHPwKfgfsY4Ydm9eIz";

    private static String callback(String data, String mac, Object type) {
        ObjectNode body = JSON.createObjectNode().put("data", data).put("mac", mac);
        if (type instanceof Integer number) {
            body.put("type", number);
        } else if (type instanceof String text) {
            body.put("type", text);
        }
        return body.toString();
    }

    @Test
    void verifiesAnIndependentlyComputedMacVector() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SANDBOX_KEY2.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(HexFormat.of().formatHex(mac.doFinal(INDEPENDENT_DATA.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(INDEPENDENT_MAC);
        VerifiedCallback callback = ZalopayVerifier.of("2553", Secret.of(SANDBOX_KEY2))
                .verify(RawCallback.postJson(callback(INDEPENDENT_DATA, INDEPENDENT_MAC, 1)));
        assertThat(callback.orderRef()).isEqualTo("261201_2553_HS0001");
        assertThat(callback.amount()).isEqualTo(Vnd.of(150_000));
        assertThat(callback.transactionId()).isEqualTo("261201000000123");
        assertThat(callback.time()).contains(Instant.ofEpochMilli(1_764_558_061_000L));
        assertThat(callback.signedFields()).containsEntry("app_user", "user123").containsEntry("amount", "150000");
    }

    @Test
    void refusesACallbackTypeOtherThanAnOrderPayment() {
        ZalopayVerifier verifier = ZalopayVerifier.of("2553", Secret.of(SANDBOX_KEY2));
        for (Object type : new Object[] {2, 0, "1", null}) {
            assertCode(verifier, callback(INDEPENDENT_DATA, INDEPENDENT_MAC, type), GatewayError.UNSUPPORTED_CALLBACK);
        }
    }

    @Test
    void refusesSignedZeroOrTextAmounts() {
        ZalopayVerifier verifier = ZalopayVerifier.of("2553", Secret.of(SANDBOX_KEY2));
        String zero = INDEPENDENT_DATA.replace("\"amount\":150000", "\"amount\":0");
        assertCode(verifier, callback(zero, ZalopayTestSupport.hmac(SANDBOX_KEY2, zero), 1), GatewayError.BAD_AMOUNT);
        String text = INDEPENDENT_DATA.replace("\"amount\":150000", "\"amount\":\"150000\"");
        assertCode(verifier, callback(text, ZalopayTestSupport.hmac(SANDBOX_KEY2, text), 1), GatewayError.BAD_AMOUNT);
    }

    @Test
    void refusesAnAppThatIsNotOurs() {
        assertCode(ZalopayVerifier.of("9999", Secret.of(SANDBOX_KEY2)), callback(INDEPENDENT_DATA, INDEPENDENT_MAC, 1),
                GatewayError.MERCHANT_MISMATCH);
    }

    private static void assertCode(ZalopayVerifier verifier, String body, GatewayError code) {
        assertThatThrownBy(() -> verifier.verify(RawCallback.postJson(body))).isInstanceOf(RejectedException.class)
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(code);
    }
}
