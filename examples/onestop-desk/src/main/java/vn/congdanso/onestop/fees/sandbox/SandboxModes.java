package vn.congdanso.onestop.fees.sandbox;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.congdanso.onestop.desk.DeskDefaults;
import vn.congdanso.payments.Gateway;

/**
 * Which gateways the desk offers, and whether the built-in sandbox gateway serves them, as the
 * desk's defaults decided at start-up: {@code onestop.sandbox=true} (only when no gateway has real
 * credentials) sends VNPay, MoMo and ZaloPay payers to the sandbox; otherwise only the gateways in
 * {@code onestop.real-gateways} are offered. A missing property means no sandbox (fail closed).
 */
@Component
public class SandboxModes {

    private final boolean sandbox;
    private final List<String> real;

    SandboxModes(Environment environment) {
        this.sandbox = environment.getProperty(DeskDefaults.SANDBOX, Boolean.class, false);
        this.real = List.of(environment.getProperty(DeskDefaults.REAL_GATEWAYS, String[].class, new String[0]));
    }

    /** Whether {@code gateway} is served by the sandbox gateway. */
    public boolean sandboxed(Gateway gateway) {
        return sandbox && gateway != Gateway.PAYOS;
    }

    /** Whether the desk offers {@code gateway} to payers: sandboxed, or configured with real credentials. */
    public boolean offered(Gateway gateway) {
        return sandboxed(gateway) || real.contains(gateway.name().toLowerCase(Locale.ROOT));
    }

    /** Whether the sandbox gateway runs at all. */
    public boolean sandbox() {
        return sandbox;
    }
}
