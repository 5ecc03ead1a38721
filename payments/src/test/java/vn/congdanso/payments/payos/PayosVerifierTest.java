package vn.congdanso.payments.payos;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.testing.SharedVectors;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.MerchantKeys;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.VerifiedCallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayosVerifierTest {

    private static final String CLIENT = "client-0001";

    static List<JsonNode> webhookVectors() {
        List<JsonNode> out = new ArrayList<>();
        SharedVectors.vectors("payos").forEach(v -> {
            if (v.get("kind").asText().equals("webhook")) {
                out.add(v);
            }
        });
        assertThat(out).isNotEmpty();
        return out;
    }

    private static PayosVerifier verifier(JsonNode vector) {
        return PayosVerifier.of(CLIENT, Secret.of(vector.get("checksumKey").asText()));
    }

    static String hmac(String key, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyWebhookVectorVerifiesAsExpected() {
        for (JsonNode vector : webhookVectors()) {
            JsonNode webhook = vector.get("webhook");
            assertThat(PayosData.canonical(webhook.get("data"))).isEqualTo(vector.get("canonical").asText());
            if (vector.get("expect").get("valid").asBoolean()) {
                VerifiedCallback verified = verifier(vector).verify(RawCallback.postJson(webhook.toString()));
                assertThat(verified.orderRef()).isEqualTo(webhook.get("data").get("orderCode").asText());
                assertThat(verified.amount()).isEqualTo(Vnd.of(webhook.get("data").get("amount").asLong()));
                assertThat(verified.merchant()).isEqualTo(CLIENT);
                assertThat(verified.paid()).isTrue();
            } else {
                assertThatThrownBy(() -> verifier(vector).verify(RawCallback.postJson(webhook.toString())))
                        .isInstanceOf(RejectedException.class);
            }
        }
    }

    @Test
    void rejectsAnySingleChangedDataFieldOrSignatureCharacter() {
        for (JsonNode vector : webhookVectors()) {
            ObjectNode webhook = (ObjectNode) vector.get("webhook");
            for (Iterator<String> names = webhook.get("data").fieldNames(); names.hasNext(); ) {
                String name = names.next();
                ObjectNode tampered = webhook.deepCopy();
                ObjectNode data = (ObjectNode) tampered.get("data");
                JsonNode value = data.get(name);
                if (value.isNumber()) {
                    data.put(name, value.asLong() + 1);
                } else {
                    data.put(name, value.asText() + "x");
                }
                assertCode(verifier(vector), tampered.toString(), GatewayError.BAD_SIGNATURE);
            }
            String signature = webhook.get("signature").asText();
            for (int i = 0; i < signature.length(); i++) {
                ObjectNode tampered = webhook.deepCopy();
                char replacement = signature.charAt(i) == '0' ? '1' : '0';
                tampered.put("signature", signature.substring(0, i) + replacement + signature.substring(i + 1));
                assertCode(verifier(vector), tampered.toString(), GatewayError.BAD_SIGNATURE);
            }
            ObjectNode added = webhook.deepCopy();
            ((ObjectNode) added.get("data")).put("extra", "1");
            assertCode(verifier(vector), added.toString(), GatewayError.BAD_SIGNATURE);
        }
    }

    @Test
    void treatsNullLikeEmptyAndIgnoresTheUnsignedEnvelope() {
        JsonNode vector = webhookVectors().get(0);
        ObjectNode webhook = ((ObjectNode) vector.get("webhook")).deepCopy();
        ((ObjectNode) webhook.get("data")).putNull("counterAccountName");
        webhook.put("desc", "changed outside data");
        assertThat(verifier(vector).verify(RawCallback.postJson(webhook.toString())).orderRef()).isEqualTo("123");
    }

    @Test
    void rejectsMissingSignatureDuplicatesAndMalformedBodies() {
        JsonNode vector = webhookVectors().get(0);
        ObjectNode webhook = ((ObjectNode) vector.get("webhook")).deepCopy();
        String body = webhook.toString();
        assertCode(verifier(vector), body.replace("\"orderCode\"", "\"orderCode\":1,\"orderCode\""), GatewayError.DUPLICATE_PARAMETER);
        assertCode(verifier(vector), "{\"data\":\"x\",\"signature\":\"00\"}", GatewayError.BAD_CALLBACK);
        assertCode(verifier(vector), "{", GatewayError.BAD_CALLBACK);
        webhook.remove("signature");
        assertCode(verifier(vector), webhook.toString(), GatewayError.MISSING_SIGNATURE);
    }

    @Test
    void rejectsASignedWebhookWithoutANumericOrderCode() throws Exception {
        String key = "CHECKSUM_NOT_REAL";
        String body = "{\"data\":{\"amount\":1000,\"orderCode\":\"abc\"},\"signature\":\""
                + hmac(key, "amount=1000&orderCode=abc") + "\"}";
        assertCode(PayosVerifier.of(CLIENT, Secret.of(key)), body, GatewayError.BAD_CALLBACK);
    }

    @Test
    void becomesAVerifiedCallbackWithItsTimeInGmtPlus7() {
        JsonNode vector = webhookVectors().get(0);
        VerifiedCallback event = PayosVerifier.of(CLIENT, Secret.of("OTHER_NOT_REAL"), Secret.of(vector.get("checksumKey").asText()))
                .verify(RawCallback.postJson(vector.get("webhook").toString()));
        assertThat(event.gateway()).isEqualTo(Gateway.PAYOS);
        assertThat(event.orderRef()).isEqualTo("123");
        assertThat(event.transactionId()).isEqualTo("TF230204212323");
        assertThat(event.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(event.time()).contains(Instant.parse("2023-02-04T11:25:00Z"));
        assertThat(event.toString()).doesNotContain("12345678", "VQRIO123");
    }

    @Test
    void refusesSignedZeroOrTextAmountsAndReportsFailedTransfers() throws Exception {
        String key = "CHECKSUM_NOT_REAL";
        PayosVerifier verifier = PayosVerifier.of(CLIENT, Secret.of(key));
        String zero = "{\"data\":{\"amount\":0,\"code\":\"00\",\"orderCode\":7},\"signature\":\""
                + hmac(key, "amount=0&code=00&orderCode=7") + "\"}";
        assertCode(verifier, zero, GatewayError.BAD_AMOUNT);
        String text = "{\"data\":{\"amount\":\"1000\",\"code\":\"00\",\"orderCode\":7},\"signature\":\""
                + hmac(key, "amount=1000&code=00&orderCode=7") + "\"}";
        assertCode(verifier, text, GatewayError.BAD_AMOUNT);
        String failed = "{\"data\":{\"amount\":1000,\"code\":\"01\",\"orderCode\":7},\"signature\":\""
                + hmac(key, "amount=1000&code=01&orderCode=7") + "\"}";
        assertThat(verifier.verify(RawCallback.postJson(failed)).status()).isEqualTo(PaymentStatus.FAILED);
    }

    @Test
    void refusesAChannelWithoutKeys() {
        JsonNode vector = webhookVectors().get(0);
        PayosVerifier verifier = PayosVerifier.create(CLIENT, MerchantKeys.of("another-client", Secret.of("K_NOT_REAL")));
        assertCode(verifier, vector.get("webhook").toString(), GatewayError.MERCHANT_MISMATCH);
    }

    @Test
    void acknowledgesWith2xxUnlessItShouldBeResent() {
        PayosVerifier verifier = PayosVerifier.of(CLIENT, Secret.of("K_NOT_REAL"));
        assertThat(verifier.acknowledge(CallbackOutcome.APPLIED).status()).isEqualTo(200);
        assertThat(verifier.acknowledge(CallbackOutcome.UNKNOWN_ORDER).status()).isEqualTo(200);
        assertThat(verifier.acknowledge(CallbackOutcome.RETRY).status()).isEqualTo(503);
        assertThat(verifier.acknowledge(CallbackOutcome.BAD_SIGNATURE).status()).isEqualTo(400);
    }

    @Test
    void mutatedBodiesFailOnlyWithSdkExceptions() {
        JsonNode vector = webhookVectors().get(0);
        String valid = vector.get("webhook").toString();
        PayosVerifier verifier = verifier(vector);
        Random random = new Random(3);
        String alphabet = "{}[]\":,0-9nul\\ x";
        long deadline = System.nanoTime() + 1_500_000_000L;
        for (int i = 0; i < 100_000 && System.nanoTime() < deadline; i++) {
            StringBuilder mutated = new StringBuilder(valid);
            mutated.setCharAt(random.nextInt(mutated.length()), alphabet.charAt(random.nextInt(alphabet.length())));
            try {
                assertThat(verifier.verify(RawCallback.postJson(mutated.toString())).orderRef()).isEqualTo("123");
            } catch (RejectedException expected) {
                assertThat(expected.code()).isInstanceOf(GatewayError.class);
            }
        }
    }

    private static void assertCode(PayosVerifier verifier, String body, GatewayError code) {
        assertThatThrownBy(() -> verifier.verify(RawCallback.postJson(body))).isInstanceOf(RejectedException.class)
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(code);
    }
}
