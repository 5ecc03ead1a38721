package vn.congdanso.onestop.fees.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import vn.congdanso.payments.Gateway;

class SandboxModesTest {

    @Test
    void offersNoSandboxWhenTheSwitchIsMissing() {
        SandboxModes modes = new SandboxModes(new MockEnvironment());

        assertThat(modes.sandbox()).isFalse();
        assertThat(modes.sandboxed(Gateway.VNPAY)).isFalse();
        assertThat(modes.offered(Gateway.MOMO)).isFalse();
    }

    @Test
    void offersOnlyTheRealGatewaysWhenTheSandboxIsOff() {
        SandboxModes modes = new SandboxModes(new MockEnvironment().withProperty("onestop.sandbox", "false")
                .withProperty("onestop.real-gateways", "vnpay,payos"));

        assertThat(modes.offered(Gateway.VNPAY)).isTrue();
        assertThat(modes.offered(Gateway.MOMO)).isFalse();
        assertThat(modes.offered(Gateway.ZALOPAY)).isFalse();
        assertThat(modes.sandboxed(Gateway.VNPAY)).isFalse();
    }
}
