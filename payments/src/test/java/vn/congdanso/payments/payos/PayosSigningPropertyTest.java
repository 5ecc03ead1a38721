package vn.congdanso.payments.payos;

import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.VerifiedCallback;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhook data with null-like values (null, {@code "null"}, {@code "undefined"}) mixed with text
 * and integers verifies exactly when signed by payOS's rule, written here independently: keys
 * sorted, null-like values empty, the rest raw.
 */
class PayosSigningPropertyTest {

    private static final PayosVerifier VERIFIER = PayosVerifier.of("client-1", Secret.of(PayosSignerTest.KEY));

    @Property(tries = 300)
    void verifiesWhatTheReferenceRuleSignsAndNothingElse(@ForAll("data") Map<String, Object> fields) throws Exception {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("orderCode", 1).put("amount", 2000);
        fields.forEach((name, value) -> data.putPOJO(name, value));
        ObjectNode parsed = (ObjectNode) PayosReferenceSigningTest.json(data.toString());
        String reference = referenceCanonical(parsed);
        String literal = literalCanonical(parsed);

        assertThat(PayosData.canonical(parsed)).isEqualTo(reference);
        assertThat(verifies(parsed, reference)).isTrue();
        assertThat(verifies(parsed, literal)).isEqualTo(reference.equals(literal));
    }

    @Provide
    Arbitrary<Map<String, Object>> data() {
        Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
                .filter(name -> !name.equals("orderCode") && !name.equals("amount"));
        Arbitrary<Object> values = Arbitraries.oneOf(
                Arbitraries.of("null", "undefined", "Null", "NULL", "", " null", "nullnull"),
                Arbitraries.strings().withChars("abcNUL luđệ&=0123").ofMaxLength(10),
                Arbitraries.longs().between(-(1L << 53), 1L << 53));
        return Arbitraries.maps(names, values.injectNull(0.2)).ofMaxSize(8);
    }

    private static boolean verifies(ObjectNode data, String canonical) throws Exception {
        try {
            VERIFIER.verify(RawCallback.postJson("{\"data\":" + data + ",\"signature\":\""
                    + PayosVerifierTest.hmac(PayosSignerTest.KEY, canonical) + "\"}"));
            return true;
        } catch (RejectedException rejected) {
            return false;
        }
    }

    /** payOS's documented rule for flat data: sorted keys, null, "null" and "undefined" empty. */
    private static String referenceCanonical(ObjectNode data) {
        return join(data, true);
    }

    /** The same with null-like text kept as written, which payOS does not do. */
    private static String literalCanonical(ObjectNode data) {
        return join(data, false);
    }

    private static String join(ObjectNode data, boolean nullLikeEmpty) {
        Map<String, String> sorted = new TreeMap<>();
        data.properties().forEach(field -> {
            String value = field.getValue().isNull() ? "" : field.getValue().asText();
            boolean nullLike = value.equals("null") || value.equals("undefined");
            sorted.put(field.getKey(), nullLikeEmpty && nullLike ? "" : value);
        });
        StringBuilder text = new StringBuilder();
        sorted.forEach((name, value) -> text.append(text.length() > 0 ? "&" : "").append(name).append('=').append(value));
        return text.toString();
    }
}
