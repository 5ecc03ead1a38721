package vn.congdanso.onestop.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import vn.congdanso.onestop.desk.DeskDefaults;

/** The desk's defaults decide real gateways against the sandbox from every form of configuration. */
class GatewaySwitchTest {

    private static final String SECRET = "FAKEHASHSECRETFAKEHASHSECRET0123";

    @TempDir
    java.nio.file.Path data;

    @Test
    void runsTheSandboxWhenNoGatewayHasCredentials() {
        ConfigurableEnvironment environment = prepared(Map.of(), Map.of());

        assertThat(environment.getProperty(DeskDefaults.SANDBOX, Boolean.class)).isTrue();
        assertThat(environment.getProperty(DeskDefaults.REAL_GATEWAYS)).isEmpty();
        assertThat(environment.getProperty("congdanso.payments.vnpay.tmn-code")).isEqualTo("SANDBOX1");
    }

    @Test
    void turnsTheSandboxOffWhenTheHashSecretIsSetAsAProperty() {
        ConfigurableEnvironment environment = prepared(Map.of("congdanso.payments.vnpay.tmn-code", "FAKETMN1",
                "congdanso.payments.vnpay.hash-secret", SECRET), Map.of());

        assertThat(environment.getProperty(DeskDefaults.SANDBOX, Boolean.class)).isFalse();
        assertThat(environment.getProperty(DeskDefaults.REAL_GATEWAYS)).isEqualTo("vnpay");
        assertThat(environment.getProperty("congdanso.payments.vnpay.hash-secret")).isEqualTo(SECRET);
        assertThat(environment.containsProperty("congdanso.payments.momo.partner-code")).isFalse();
    }

    @Test
    void turnsTheSandboxOffForTheListFormAndTheStartersEnvironmentVariable() {
        assertThat(prepared(Map.of("congdanso.payments.vnpay.tmn-code", "FAKETMN1",
                "congdanso.payments.vnpay.hash-secret[0]", SECRET), Map.of())
                .getProperty(DeskDefaults.SANDBOX, Boolean.class)).isFalse();
        assertThat(prepared(Map.of(), Map.of("CONGDANSO_PAYMENTS_VNPAY_HASHSECRET", SECRET,
                "CONGDANSO_PAYMENTS_VNPAY_TMNCODE", "FAKETMN1"))
                .getProperty(DeskDefaults.SANDBOX, Boolean.class)).isFalse();
        assertThat(prepared(Map.of(), Map.of("ZALOPAY_APP_ID", "9999", "ZALOPAY_KEY1", SECRET, "ZALOPAY_KEY2", SECRET))
                .getProperty(DeskDefaults.REAL_GATEWAYS)).isEqualTo("zalopay");
    }

    @Test
    void failsNamingTheMissingCredentialOfAPartlyConfiguredGateway() {
        assertThatIllegalStateException()
                .isThrownBy(() -> prepared(Map.of(), Map.of("CONGDANSO_PAYMENTS_VNPAY_HASHSECRET", SECRET)))
                .withMessageContaining("VNPAY_TMN_CODE (congdanso.payments.vnpay.tmn-code) is missing")
                .withMessageNotContaining(SECRET);
        assertThatIllegalStateException()
                .isThrownBy(() -> prepared(Map.of(), Map.of("MOMO_PARTNER_CODE", "MOMOFAKE", "MOMO_SECRET_KEY", SECRET)))
                .withMessageContaining("MOMO_ACCESS_KEY (congdanso.payments.momo.access-key) is missing");
    }

    @Test
    void refusesTheSandboxSwitchedOnBesideARealGateway() {
        assertThatIllegalStateException().isThrownBy(() -> prepared(Map.of(DeskDefaults.SANDBOX, "true"),
                Map.of("VNPAY_TMN_CODE", "FAKETMN1", "VNPAY_HASH_SECRET", SECRET)))
                .withMessageContaining("[vnpay]");
    }

    /** An environment of only {@code properties} and the environment {@code variables}, after the desk's defaults. */
    private ConfigurableEnvironment prepared(Map<String, Object> properties, Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        Map<String, Object> configured = new HashMap<>(properties);
        configured.put("onestop.data-dir", data.toString());
        environment.getPropertySources().addFirst(new MapPropertySource("test", configured));
        environment.getPropertySources().addLast(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        new DeskDefaults(new org.springframework.boot.logging.DeferredLogs()).postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
