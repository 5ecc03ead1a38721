package vn.congdanso.payments.internal;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

import vn.congdanso.core.Vnd;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.VerifiedCallback;

/**
 * The one door through which the gateway verifiers create {@link VerifiedCallback}s, whose
 * constructor is private. Not exported: apps cannot reach it on the module path.
 */
public final class VerifiedCallbacks {

    private static volatile Function<Fields, VerifiedCallback> factory;

    private VerifiedCallbacks() {
    }

    /**
     * What a verifier read from a callback whose signature it checked.
     *
     * @param time         may be null when the gateway sends no time
     * @param signedFields only fields the signature covers
     */
    public record Fields(Gateway gateway, String merchant, String orderRef, String transactionId, Vnd amount,
            PaymentStatus status, Instant time, Map<String, String> signedFields) {
    }

    /** Called once by {@link VerifiedCallback}'s static initializer. */
    public static void register(Function<Fields, VerifiedCallback> constructor) {
        factory = constructor;
    }

    /** A verified callback of {@code fields}; call only after the signature verified. */
    public static VerifiedCallback create(Fields fields) {
        if (factory == null) {
            initialize();
        }
        return factory.apply(fields);
    }

    private static void initialize() {
        try {
            Class.forName(VerifiedCallback.class.getName(), true, VerifiedCallback.class.getClassLoader());
        } catch (ClassNotFoundException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
