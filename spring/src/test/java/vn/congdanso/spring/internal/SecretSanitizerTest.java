package vn.congdanso.spring.internal;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;

import static org.assertj.core.api.Assertions.assertThat;

/** Which keys the actuator sanitiser masks. */
class SecretSanitizerTest {

    private final SecretSanitizer sanitizer = new SecretSanitizer();

    @Test
    void masksEverySecretPropertyInEveryForm() {
        for (String key : new String[] {"congdanso.payments.vnpay.hash-secret", "congdanso.payments.vnpay.hash-secret[1]",
            "congdanso.payments.momo.access-key", "congdanso.payments.momo.secret-key[0]",
            "congdanso.payments.zalopay.key2", "congdanso.payments.payos.checksum-key",
            "CONGDANSO_PAYMENTS_VNPAY_HASHSECRET", "hashSecret", "checksumKey"}) {
            assertThat(sanitizer.apply(data(key)).getValue()).as(key).isEqualTo(SanitizableData.SANITIZED_VALUE);
        }
    }

    @Test
    void leavesIdentifiersAndOtherAppsPropertiesAlone() {
        for (String key : new String[] {"congdanso.payments.vnpay.tmn-code", "congdanso.payments.zalopay.app-id",
            "other.library.key2", "tmnCode"}) {
            assertThat(sanitizer.apply(data(key)).getValue()).as(key).isEqualTo("value");
        }
    }

    private static SanitizableData data(String key) {
        return new SanitizableData(null, key, "value");
    }
}
