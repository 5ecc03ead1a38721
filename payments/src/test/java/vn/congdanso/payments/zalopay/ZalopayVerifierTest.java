package vn.congdanso.payments.zalopay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
import vn.congdanso.payments.PaymentEvent;

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
        return ZalopayVerifier.of(Secret.of(vector.get("key2").asText()));
    }

    @Test
    void everyCallbackVectorVerifiesAsExpected() {
        for (JsonNode vector : callbackVectors()) {
            String body = vector.get("callback").toString();
            JsonNode expect = vector.get("expect");
            if (expect.get("valid").asBoolean()) {
                ZalopayCallback callback = verifier(vector).verify(body);
                assertThat(callback.data()).isEqualTo(vector.get("canonical").asText());
                assertThat(callback.appTransId()).isEqualTo(expect.get("appTransId").asText());
                assertThat(callback.amount()).isEqualTo(Vnd.of(expect.get("amount").asLong()));
                assertThat(callback.zpTransId()).isEqualTo(expect.get("zpTransId").asLong());
                assertThat(ZalopayAck.SUCCESS.returnCode()).isEqualTo(expect.get("returnCode").asInt());
            } else {
                assertThatThrownBy(() -> verifier(vector).verify(body)).isInstanceOf(RejectedException.class);
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
                    assertCode(verifier(vector), tampered.toString(), GatewayError.BAD_SIGNATURE);
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
        assertCode(ZalopayVerifier.of(Secret.of("KEY2_NOT_REAL")), body, GatewayError.BAD_CALLBACK);
    }

    @Test
    void acceptsEveryActiveKey2AndBecomesAPaidEvent() {
        JsonNode vector = callbackVectors().get(0);
        ZalopayVerifier rotating = ZalopayVerifier.of(Secret.of("NEW_KEY2_NOT_REAL"), Secret.of(vector.get("key2").asText()));
        PaymentEvent event = rotating.verify(vector.get("callback").toString()).toPaymentEvent();
        assertThat(event.gateway()).isEqualTo(Gateway.ZALOPAY);
        assertThat(event.status()).isEqualTo(PaymentEvent.Status.PAID);
        assertThat(event.orderRef()).isEqualTo("200904_2553_1598435687208");
        assertThat(event.transactionId()).isEqualTo("200904000000389");
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
        ZalopayRedirect verified = ZalopayVerifier.of(Secret.of(key2)).verifyRedirect(redirect);
        assertThat(verified.success()).isTrue();
        assertThat(verified.amount()).isEqualTo(Vnd.of(10_000));
        assertThat(verified.appTransId()).isEqualTo("261130_HS0001");
        for (String field : List.of("appid", "apptransid", "pmcid", "bankcode", "amount", "discountamount", "status")) {
            Map<String, String> tampered = new java.util.LinkedHashMap<>(redirect);
            tampered.put(field, redirect.get(field) + "1");
            assertThatThrownBy(() -> ZalopayVerifier.of(Secret.of(key2)).verifyRedirect(tampered))
                    .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(GatewayError.BAD_SIGNATURE);
        }
        assertThat(ZalopayVerifier.of(Secret.of(key2)).verifyRedirect(Map.copyOf(redirect)).success()).isTrue();
        Map<String, String> withNull = new java.util.HashMap<>(redirect);
        withNull.put("pmcid", null);
        assertThatThrownBy(() -> ZalopayVerifier.of(Secret.of(key2)).verifyRedirect(withNull))
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(GatewayError.BAD_CALLBACK);
        redirect.remove("checksum");
        assertThatThrownBy(() -> ZalopayVerifier.of(Secret.of(key2)).verifyRedirect(redirect))
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(GatewayError.MISSING_SIGNATURE);
    }

    @Test
    void writesAckBodies() {
        assertThat(ZalopayAck.SUCCESS.body()).isEqualTo("{\"return_code\":1,\"return_message\":\"success\"}");
        assertThat(ZalopayAck.forFailure(new RejectedException(GatewayError.BAD_SIGNATURE, "x")).returnCode()).isEqualTo(-1);
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
                assertThat(verifier.verify(mutated.toString()).amount()).isEqualTo(Vnd.of(10_000));
            } catch (RejectedException expected) {
                assertThat(expected.code()).isInstanceOf(GatewayError.class);
            }
        }
    }

    private static void assertCode(ZalopayVerifier verifier, String body, GatewayError code) {
        assertThatThrownBy(() -> verifier.verify(body)).isInstanceOf(RejectedException.class)
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(code);
    }
}
