package vn.congdanso.spring.internal;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import vn.congdanso.payments.CallbackAck;
import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.CallbackVerifier;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.VerifiedCallback;
import vn.congdanso.payments.callback.ReconcileReport;

/**
 * Micrometer meters: {@code congdanso.callbacks} (counter; tags {@code gateway}, {@code outcome}),
 * {@code congdanso.callbacks.verification} (timer; tag {@code gateway}) and
 * {@code congdanso.reconcile.orders} (counter; tag {@code result}). Tags take values from closed
 * enumerations only, so they never carry personal data.
 */
public final class MicrometerCallbackObserver implements CallbackObserver {

    private final MeterRegistry registry;

    /** Meters registered in {@code registry}. */
    public MicrometerCallbackObserver(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void received(Gateway gateway, CallbackOutcome outcome) {
        Counter.builder("congdanso.callbacks").description("Gateway callbacks received, by outcome")
                .tag("gateway", name(gateway)).tag("outcome", CallbackObserver.tag(outcome))
                .register(registry).increment();
    }

    @Override
    public void reconciled(ReconcileReport report) {
        count("settled", report.settled());
        count("pending", report.pending());
        count("refused", report.refused());
        count("failed", report.failed());
    }

    @Override
    public CallbackVerifier timed(CallbackVerifier verifier) {
        Timer timer = Timer.builder("congdanso.callbacks.verification").description("Callback signature verification")
                .tag("gateway", name(verifier.gateway())).register(registry);
        return new CallbackVerifier() {
            @Override
            public Gateway gateway() {
                return verifier.gateway();
            }

            @Override
            public VerifiedCallback verify(RawCallback callback) {
                return timer.record(() -> verifier.verify(callback));
            }

            @Override
            public CallbackAck acknowledge(CallbackOutcome outcome) {
                return verifier.acknowledge(outcome);
            }

            @Override
            public String toString() {
                return verifier.toString();
            }
        };
    }

    private void count(String result, int amount) {
        Counter.builder("congdanso.reconcile.orders").description("Orders the reconciler examined, by result")
                .tag("result", result).register(registry).increment(amount);
    }

    private static String name(Gateway gateway) {
        return gateway.name().toLowerCase(Locale.ROOT);
    }
}
