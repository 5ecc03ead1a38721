package vn.congdanso.spring.internal;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import vn.congdanso.spring.CongdansoProperties;

/**
 * Matches when any property of one gateway (or of the receipt signer or verifier) is set: a part
 * half configured must reach the bean method, which then fails start-up naming the missing
 * property, rather than vanish.
 */
public abstract class GatewayConfigured extends SpringBootCondition {

    private final String prefix;
    private final Class<?> type;

    GatewayConfigured(String gateway, Class<?> type) {
        this.prefix = gateway.startsWith("congdanso.") ? gateway : "congdanso.payments." + gateway;
        this.type = type;
    }

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        boolean bound = Binder.get(context.getEnvironment()).bind(prefix, Bindable.of(type)).isBound();
        return bound ? ConditionOutcome.match(prefix + ".* is configured")
                : ConditionOutcome.noMatch(prefix + ".* is not configured");
    }

    /** Any {@code congdanso.payments.vnpay.*} property is set. */
    public static final class Vnpay extends GatewayConfigured {
        Vnpay() {
            super("vnpay", CongdansoProperties.Vnpay.class);
        }
    }

    /** Any {@code congdanso.payments.momo.*} property is set. */
    public static final class Momo extends GatewayConfigured {
        Momo() {
            super("momo", CongdansoProperties.Momo.class);
        }
    }

    /** Any {@code congdanso.payments.zalopay.*} property is set. */
    public static final class Zalopay extends GatewayConfigured {
        Zalopay() {
            super("zalopay", CongdansoProperties.Zalopay.class);
        }
    }

    /** Any {@code congdanso.payments.payos.*} property is set. */
    public static final class Payos extends GatewayConfigured {
        Payos() {
            super("payos", CongdansoProperties.Payos.class);
        }
    }

    /** Any {@code congdanso.receipts.signer.*} property is set. */
    public static final class ReceiptSigner extends GatewayConfigured {
        ReceiptSigner() {
            super("congdanso.receipts.signer", CongdansoProperties.ReceiptSigner.class);
        }
    }

    /** Any {@code congdanso.receipts.verifier.*} property is set. */
    public static final class ReceiptVerifier extends GatewayConfigured {
        ReceiptVerifier() {
            super("congdanso.receipts.verifier", CongdansoProperties.ReceiptVerifier.class);
        }
    }

    /** Any {@code congdanso.oidc.*} property is set. */
    public static final class Oidc extends GatewayConfigured {
        Oidc() {
            super("congdanso.oidc", CongdansoProperties.Oidc.class);
        }
    }

    /** Any {@code congdanso.procedures.*} property is set. */
    public static final class Procedures extends GatewayConfigured {
        Procedures() {
            super("congdanso.procedures", CongdansoProperties.Procedures.class);
        }
    }
}
