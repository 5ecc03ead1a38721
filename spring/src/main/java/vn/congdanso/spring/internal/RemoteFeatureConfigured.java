package vn.congdanso.spring.internal;

import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;

/**
 * Matches when a feature that talks to a remote service is configured: any payment gateway (its
 * API client and reconciliation adapter call the gateway), the OpenID Connect client, or the
 * remote procedure directory. Without one the starter builds no
 * HTTP transport, so an app that uses only VietQR or offline features starts no HTTP client.
 */
public final class RemoteFeatureConfigured extends AnyNestedCondition {

    RemoteFeatureConfigured() {
        super(ConfigurationPhase.REGISTER_BEAN);
    }

    @Conditional(GatewayConfigured.Vnpay.class)
    static final class Vnpay {
    }

    @Conditional(GatewayConfigured.Momo.class)
    static final class Momo {
    }

    @Conditional(GatewayConfigured.Zalopay.class)
    static final class Zalopay {
    }

    @Conditional(GatewayConfigured.Payos.class)
    static final class Payos {
    }

    @Conditional(GatewayConfigured.Oidc.class)
    static final class Oidc {
    }

    @ConditionalOnProperty(prefix = "congdanso.procedures", name = "mode", havingValue = "remote")
    static final class RemoteProcedures {
    }
}
