package vn.congdanso.payments.callback.internal;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.congdanso.core.privacy.Redactor;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast audit redaction gives exactly what {@link Redactor#redactFields} gives. */
class AuditPayloadTest {

    private static final String[] NAMES = {"vnp_Amount", "vnp_SecureHash", "vnp_TxnRef", "vnp_BankAccount",
        "vnp_CardHolder", "phone", "x", "a.b-c", "vnp_TransactionNo", "na%6De", "", "amount", "token"};

    @Test
    void masksSensitiveValuesAndLongNumbersOfAVnpayIpn() {
        String query = "vnp_Amount=12000000&vnp_BankAccount=0011004123456&vnp_TransactionNo=14422574"
                + "&vnp_TxnRef=HS-0001&vnp_SecureHash=ab12cd34ef56ab12cd34";

        String audit = AuditPayload.of("GET", query, "");

        assertThat(audit).isEqualTo(Redactor.redactFields("GET ?" + query))
                .doesNotContain("0011004123456", "ab12cd34ef56ab12cd34", "12000000", "14422574")
                .contains("vnp_BankAccount=****", "vnp_SecureHash=****", "vnp_TxnRef=HS-0001");
    }

    @Property(tries = 1000)
    void agreesWithTheRedactorOnAnyQuery(@ForAll("queries") String query) {
        assertThat(AuditPayload.of("GET", query, "")).isEqualTo(reference("GET", query, ""));
    }

    @Property(tries = 300)
    void agreesWithTheRedactorWhenABodyIsPresent(@ForAll("queries") String query, @ForAll("values") String body) {
        assertThat(AuditPayload.of("POST", query, body)).isEqualTo(reference("POST", query, body));
    }

    /** The whole text through {@link Redactor#redactFields}, as the pipeline did before. */
    private static String reference(String method, String query, String body) {
        return Redactor.redactFields(method + (query.isEmpty() ? "" : " ?" + query) + (body.isEmpty() ? "" : " " + body));
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> pair = Arbitraries.of(NAMES).flatMap(name -> values().map(value -> name + "=" + value));
        Arbitrary<String> any = Arbitraries.oneOf(pair, values());
        return any.list().ofMaxSize(8).map(parts -> String.join("&", parts));
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(14)
                .flatMap(digits -> Arbitraries.strings().withChars("abAB09-+.=%_\" ?,;()[]{}:&é").ofMaxLength(4)
                        .map(noise -> digits.length() % 2 == 0 ? digits + noise : noise + digits));
    }
}
