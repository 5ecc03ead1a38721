package vn.congdanso.payments.vietqr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.testing.SharedVectors;
import vn.congdanso.payments.emv.EmvPayload;
import vn.congdanso.payments.emv.TestPayloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every vector of {@code shared/vectors/vietqr.json}, exactly as its {@code expect} states. */
class VietQrVectorsTest {

    @TestFactory
    Stream<DynamicTest> everySharedVectorPassesAsStated() {
        JsonNode vectors = SharedVectors.vectors("vietqr");
        assertThat(vectors.size()).isGreaterThanOrEqualTo(8);
        return StreamSupport.stream(vectors.spliterator(), false)
                .map(vector -> DynamicTest.dynamicTest(vector.get("id").asText(), () -> check(vector)));
    }

    private static void check(JsonNode vector) {
        String payload = vector.get("payload").asText();
        JsonNode expect = vector.get("expect");
        if (!expect.get("valid").asBoolean()) {
            checkInvalid(payload, expect);
            return;
        }
        VietQr qr = VietQr.parseLenient(payload);
        assertThat(qr.isStrictValid()).isEqualTo(expect.get("strictValid").asBoolean());
        assertThat(qr.strictViolations()).map(Enum::name).containsExactlyElementsOf(texts(expect.get("strictViolations")));
        checkStrictParse(payload, qr);
        checkFields(qr, expect);
        assertThat(TestPayloads.rebuild(EmvPayload.parse(payload))).isEqualTo(payload);
    }

    private static void checkInvalid(String payload, JsonNode expect) {
        Set<String> acceptable = new HashSet<>(texts(expect.get("acceptErrors")));
        acceptable.add(expect.get("error").asText());
        RejectedException lenient = catchThrowableOfType(RejectedException.class, () -> VietQr.parseLenient(payload));
        assertThat(lenient).isNotNull();
        assertThat(lenient.code().name()).isIn(acceptable);
        assertThat(lenient.offset()).isPresent();
        assertThatThrownBy(() -> VietQr.parse(payload)).isInstanceOfSatisfying(RejectedException.class,
                strict -> assertThat(strict.code().name()).isIn(acceptable));
        assertThat(expect.get("strictValid").asBoolean()).isFalse();
    }

    private static void checkStrictParse(String payload, VietQr lenient) {
        if (lenient.isStrictValid()) {
            assertThat(VietQr.parse(payload)).isEqualTo(lenient);
        } else {
            assertThatThrownBy(() -> VietQr.parse(payload)).isInstanceOfSatisfying(RejectedException.class,
                    e -> assertThat(e.code()).isEqualTo(lenient.strictViolations().get(0)));
        }
    }

    private static void checkFields(VietQr qr, JsonNode expect) {
        assertThat(text(qr.pointOfInitiation().map(PointOfInitiation::label))).isEqualTo(textOf(expect, "pointOfInitiation"));
        assertThat(text(qr.bankBin())).isEqualTo(textOf(expect, "bankBin"));
        assertThat(text(qr.account())).isEqualTo(textOf(expect, "account"));
        assertThat(text(qr.serviceCode())).isEqualTo(textOf(expect, "service"));
        JsonNode amount = expect.get("amount");
        assertThat(qr.amount().map(Vnd::dong).orElse(null)).isEqualTo(amount.isNull() ? null : amount.asLong());
        assertThat(text(qr.currency())).isEqualTo(textOf(expect, "currency"));
        assertThat(text(qr.country())).isEqualTo(textOf(expect, "country"));
        assertThat(text(qr.merchantCategoryCode())).isEqualTo(textOf(expect, "mcc"));
        assertThat(text(qr.merchantName())).isEqualTo(textOf(expect, "merchantName"));
        assertThat(text(qr.merchantCity())).isEqualTo(textOf(expect, "merchantCity"));
        assertThat(text(qr.billNumber())).isEqualTo(textOf(expect, "billNumber"));
        assertThat(text(qr.referenceLabel())).isEqualTo(textOf(expect, "referenceLabel"));
        assertThat(text(qr.terminalLabel())).isEqualTo(textOf(expect, "terminalLabel"));
        assertThat(text(qr.purpose())).isEqualTo(textOf(expect, "purpose"));
        assertThat(qr.additionalData()).containsExactlyEntriesOf(map(expect.get("additionalData")));
        JsonNode alt = expect.get("altLanguage");
        assertThat(qr.alternateLanguage()).containsExactlyEntriesOf(alt == null || alt.isNull() ? Map.of() : map(alt));
        assertThat(qr.unreserved()).containsExactlyEntriesOf(map(expect.get("unreserved")));
        Map<String, Map<String, String>> templates = new LinkedHashMap<>();
        expect.get("merchantAccountTemplates").fields().forEachRemaining(e -> templates.put(e.getKey(), map(e.getValue())));
        assertThat(qr.merchantAccountTemplates()).isEqualTo(templates);
        assertThat(qr.crc()).isEqualTo(expect.get("crc").asText());
    }

    private static String text(Optional<String> value) {
        return value.orElse(null);
    }

    private static String textOf(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Map<String, String> map(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        return values;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(item -> values.add(item.asText()));
        }
        return values;
    }
}
