package vn.congdanso.core.privacy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactorTest {

    @Test
    void masksCitizenIdNumbersKeepingTheLastFour() {
        assertThat(Redactor.redact("CCCD 025201012345 checked")).isEqualTo("CCCD ********2345 checked");
    }

    @Test
    void masksOldNineDigitIdNumbers() {
        assertThat(Redactor.redact("CMND: 131234567")).isEqualTo("CMND: *****4567");
    }

    @Test
    void masksPhoneNumbersInEveryCommonForm() {
        assertThat(Redactor.redact("call 0912345678")).isEqualTo("call ******5678");
        assertThat(Redactor.redact("call +84912345678")).isEqualTo("call +*******5678");
        assertThat(Redactor.redact("call 0912 345 678")).isEqualTo("call **** **5 678");
    }

    @Test
    void masksBankAccountAndCardNumbers() {
        assertThat(Redactor.redact("acct 0011004123456")).isEqualTo("acct *********3456");
        assertThat(Redactor.redact("card 4111 1111 1111 1234")).isEqualTo("card **** **** **** 1234");
        assertThat(Redactor.redact("card 4111-1111-1111-1234")).isEqualTo("card ****-****-****-1234");
    }

    @Test
    void masksNumbersGluedToLetters() {
        assertThat(Redactor.redact("id=025201012345&x")).isEqualTo("id=********2345&x");
        assertThat(Redactor.redact("IDVNM201012345")).isEqualTo("IDVNM*****2345");
    }

    @Test
    void keepsAmountsDatesAndShortNumbers() {
        String text = "fee 120.000.000 ₫ on 2026-11-29 at 10:30, order 1234567";

        assertThat(Redactor.redact(text)).isEqualTo(text);
    }

    @Test
    void hidesValuesOfSensitiveFields() {
        String query = "vnp_Amount=1000&vnp_SecureHash=abcdef0123&vnp_OrderInfo=Le+phi";
        String json = "{\"fullName\":\"NGUYEN VAN A\",\"signature\":\"00ff\",\"amount\":50000,\"phone\":912345678}";

        assertThat(Redactor.redactFields(query)).isEqualTo("vnp_Amount=1000&vnp_SecureHash=****&vnp_OrderInfo=Le+phi");
        assertThat(Redactor.redactFields(json))
                .isEqualTo("{\"fullName\":\"****\",\"signature\":\"****\",\"amount\":50000,\"phone\":****}");
    }

    @Test
    void redactsAMegabyteJsonValueWithoutExhaustingTheStack() {
        String huge = "{\"n\":\"" + "ab\\\"c".repeat(200_000) + "\",\"secret\":\"x\"}";

        String redacted = Redactor.redactFields(huge);

        assertThat(redacted).doesNotContain("\"x\"").startsWith("{\"n\":\"ab");
    }

    @Test
    void hidesSensitiveFieldsInsidePunctuatedProse() {
        assertThat(Redactor.redactFields("failed (phone=0912345678, apiKey=s3cr3t-K3y-value; ok=yes)"))
                .isEqualTo("failed (phone=****, apiKey=****; ok=yes)");
    }

    @Test
    void recognisesSensitiveFieldNames() {
        assertThat(Redactor.isSensitiveField("vnp_SecureHash")).isTrue();
        assertThat(Redactor.isSensitiveField("checksumKey")).isTrue();
        assertThat(Redactor.isSensitiveField("id_number")).isTrue();
        assertThat(Redactor.isSensitiveField("amount")).isFalse();
    }

    @Test
    void masksShortValuesWhole() {
        assertThat(Redactor.maskKeepingLast4("123")).isEqualTo("***");
        assertThat(Redactor.maskKeepingLast4("025201012345")).isEqualTo("********2345");
    }

    @Property(tries = 5000)
    void leavesNoRunOfEightDigits(@ForAll String prefix, @ForAll String suffix) {
        String redacted = Redactor.redact(prefix + " 025201012345 " + suffix);

        assertThat(redacted).doesNotContainPattern("\\d{8}").doesNotContain("02520101");
    }
}
