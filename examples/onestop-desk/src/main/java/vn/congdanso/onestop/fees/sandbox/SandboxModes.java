package vn.congdanso.onestop.fees.sandbox;

import java.util.Locale;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.congdanso.payments.Gateway;

/**
 * Which gateways run on the generated sandbox credentials ({@code onestop.sandbox.<gateway>=true},
 * set by the desk's defaults when the gateway's environment variables are absent): their payers
 * go to the built-in sandbox gateway instead of the real one.
 */
@Component
public class SandboxModes {

    private final Environment environment;

    SandboxModes(Environment environment) {
        this.environment = environment;
    }

    /** Whether {@code gateway} is served by the sandbox gateway. */
    public boolean sandboxed(Gateway gateway) {
        return gateway != Gateway.PAYOS && environment.getProperty(
                "onestop.sandbox." + gateway.name().toLowerCase(Locale.ROOT), Boolean.class, true);
    }
}
