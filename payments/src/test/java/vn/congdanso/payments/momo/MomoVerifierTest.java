package vn.congdanso.payments.momo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.VerifiedCallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MomoVerifierTest {

    private static List<JsonNode> ipnVectors() {
        List<JsonNode> out = new ArrayList<>();
        SharedVectors.vectors("momo").forEach(v -> {
            if (v.get("kind").asText().equals("ipn")) {
                out.add(v);
            }
        });
        assertThat(out).isNotEmpty();
        return out;
    }

    private static MomoVerifier verifier(JsonNode vector) {
        return MomoVerifier.of(vector.get("ipn").get("partnerCode").asText(), Secret.of(vector.get("accessKey").asText()),
                Secret.of(vector.get("secret").asText()));
    }

    @Test
    void everyIpnVectorVerifiesAsExpected() {
        for (JsonNode vector : ipnVectors()) {
            String body = vector.get("ipn").toString();
            if (vector.get("expect").get("valid").asBoolean()) {
                VerifiedCallback ipn = verifier(vector).verify(RawCallback.postJson(body));
                assertThat(ipn.paid()).isEqualTo(vector.get("expect").get("paid").asBoolean());
                assertThat(ipn.gateway()).isEqualTo(Gateway.MOMO);
                assertThat(ipn.merchant()).isEqualTo(vector.get("ipn").get("partnerCode").asText());
                assertThat(ipn.orderRef()).isEqualTo(vector.get("ipn").get("orderId").asText());
                assertThat(ipn.amount()).isEqualTo(Vnd.of(vector.get("ipn").get("amount").asLong()));
                assertThat(ipn.transactionId()).isEqualTo(vector.get("ipn").get("transId").asText());
                assertThat(ipn.time()).contains(Instant.ofEpochMilli(vector.get("ipn").get("responseTime").asLong()));
                assertThat(ipn.signedFields()).doesNotContainKey("signature");
            } else {
                assertThatThrownBy(() -> verifier(vector).verify(RawCallback.postJson(body))).isInstanceOf(RejectedException.class);
            }
        }
    }

    @Test
    void rejectsAnySingleChangedField() {
        for (JsonNode vector : ipnVectors()) {
            ObjectNode ipn = (ObjectNode) vector.get("ipn");
            for (Iterator<String> names = ipn.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (name.equals("signature") || name.equals("partnerCode")) {
                    continue;
                }
                ObjectNode tampered = ipn.deepCopy();
                JsonNode value = ipn.get(name);
                if (value.isNumber()) {
                    tampered.put(name, value.asLong() + 1);
                } else {
                    tampered.put(name, value.asText() + "x");
                }
                assertCode(verifier(vector), tampered.toString(), GatewayError.BAD_SIGNATURE);
            }
        }
    }

    @Test
    void rejectsAnySingleChangedSignatureCharacterOrAnotherAccessKey() {
        for (JsonNode vector : ipnVectors()) {
            ObjectNode ipn = (ObjectNode) vector.get("ipn");
            String signature = ipn.get("signature").asText();
            for (int i = 0; i < signature.length(); i++) {
                ObjectNode tampered = ipn.deepCopy();
                char replacement = signature.charAt(i) == 'f' ? 'e' : 'f';
                tampered.put("signature", signature.substring(0, i) + replacement + signature.substring(i + 1));
                assertCode(verifier(vector), tampered.toString(), GatewayError.BAD_SIGNATURE);
            }
            MomoVerifier otherAccessKey = MomoVerifier.of(ipn.get("partnerCode").asText(), Secret.of("OTHERACCESSKEY"),
                    Secret.of(vector.get("secret").asText()));
            assertCode(otherAccessKey, ipn.toString(), GatewayError.BAD_SIGNATURE);
        }
    }

    @Test
    void rejectsMissingSignatureDuplicateKeysAndMalformedBodies() {
        JsonNode vector = ipnVectors().get(0);
        ObjectNode ipn = ((ObjectNode) vector.get("ipn")).deepCopy();
        String body = ipn.toString();
        assertCode(verifier(vector), body.replace("\"orderId\"", "\"orderId\":\"X\",\"orderId\""), GatewayError.DUPLICATE_PARAMETER);
        assertCode(verifier(vector), body.substring(0, body.length() - 1), GatewayError.BAD_CALLBACK);
        assertCode(verifier(vector), "[]", GatewayError.BAD_CALLBACK);
        assertCode(verifier(vector), "", GatewayError.BAD_CALLBACK);
        ipn.remove("signature");
        assertCode(verifier(vector), ipn.toString(), GatewayError.MISSING_SIGNATURE);
    }

    @Test
    void verifiesTheRedirectFormOfTheSameResult() {
        JsonNode vector = ipnVectors().get(0);
        StringBuilder query = new StringBuilder();
        vector.get("ipn").fields().forEachRemaining(e -> query.append(query.length() == 0 ? "" : "&").append(e.getKey())
                .append('=').append(URLEncoder.encode(e.getValue().asText(), StandardCharsets.UTF_8)));
        VerifiedCallback redirect = verifier(vector).verify(RawCallback.get(query.toString()));
        assertThat(redirect.paid()).isTrue();
        assertThat(redirect.signedFields()).containsEntry("message", vector.get("ipn").get("message").asText());
    }

    @Test
    void acceptsEveryActiveSecretKey() {
        JsonNode vector = ipnVectors().get(0);
        MomoVerifier rotating = MomoVerifier.of("MOMO", Secret.of(vector.get("accessKey").asText()),
                Secret.of("NEW_KEY_NOT_REAL"), Secret.of(vector.get("secret").asText()));
        assertThat(rotating.verify(RawCallback.postJson(vector.get("ipn").toString())).paid()).isTrue();
    }

    @Test
    void mutatedBodiesFailOnlyWithSdkExceptions() throws Exception {
        JsonNode vector = ipnVectors().get(0);
        String valid = new ObjectMapper().writeValueAsString(vector.get("ipn"));
        MomoVerifier verifier = verifier(vector);
        Random random = new Random(7);
        String alphabet = "{}[]\":,0-9.eE\\ux \u00e9";
        long deadline = System.nanoTime() + 1_500_000_000L;
        for (int i = 0; i < 100_000 && System.nanoTime() < deadline; i++) {
            StringBuilder mutated = new StringBuilder(valid);
            int at = random.nextInt(mutated.length());
            mutated.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
            try {
                VerifiedCallback ipn = verifier.verify(RawCallback.postJson(mutated.toString()));
                assertThat(ipn.orderRef()).isEqualTo("MOMO1721014629740");
            } catch (RejectedException expected) {
                assertThat(expected.code()).isInstanceOf(GatewayError.class);
            }
        }
    }

    private static void assertCode(MomoVerifier verifier, String body, GatewayError code) {
        assertThatThrownBy(() -> verifier.verify(RawCallback.postJson(body))).isInstanceOf(RejectedException.class)
                .extracting(e -> ((CongDanSoException) e).code()).isEqualTo(code);
    }
}
