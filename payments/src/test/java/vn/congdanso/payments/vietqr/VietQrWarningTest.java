package vn.congdanso.payments.vietqr;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VietQrWarningTest {

    @Test
    void printsRuleOffsetAndMessage() {
        assertThat(new VietQrWarning(VietQrRule.CRC_LOWERCASE, OptionalInt.of(82), "CRC hex digits must be upper case"))
                .hasToString("CRC_LOWERCASE at offset 82: CRC hex digits must be upper case");
        assertThat(new VietQrWarning(VietQrRule.TEXT_TRUNCATED, OptionalInt.empty(), "purpose was cut"))
                .hasToString("TEXT_TRUNCATED: purpose was cut");
    }

    @Test
    void rejectsNullComponents() {
        assertThatThrownBy(() -> new VietQrWarning(null, OptionalInt.empty(), "m")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void strictRulesAreExactlyTheVectorNames() {
        assertThat(java.util.Arrays.stream(VietQrRule.values()).filter(VietQrRule::strict).map(Enum::name))
                .containsExactly("CRC_LOWERCASE", "NO_NAPAS_ACCOUNT", "BAD_GUID", "BAD_TEMPLATE", "BAD_SERVICE_CODE",
                        "BAD_CURRENCY", "BAD_COUNTRY", "UNRESERVED_NOT_TLV", "NON_ASCII", "FIELD_TOO_LONG");
    }
}
