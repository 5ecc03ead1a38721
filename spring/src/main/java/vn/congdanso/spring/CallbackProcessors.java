package vn.congdanso.spring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.callback.CallbackProcessor;
import vn.congdanso.payments.callback.CallbackResult;
import vn.congdanso.spring.internal.CallbackObserver;

/**
 * The exactly-once processors of the configured gateways, one per gateway, sharing one store,
 * order lookup and payment handler; what the callback endpoints and the reconciler use.
 * Immutable and thread-safe.
 */
public final class CallbackProcessors {

    private final Map<Gateway, CallbackProcessor> processors;
    private final CallbackObserver observer;

    CallbackProcessors(List<CallbackProcessor> processors, CallbackObserver observer) {
        EnumMap<Gateway, CallbackProcessor> byGateway = new EnumMap<>(Gateway.class);
        for (CallbackProcessor processor : processors) {
            if (byGateway.put(processor.gateway(), processor) != null) {
                throw new IllegalStateException("two callback verifiers for " + processor.gateway()
                        + ": define one bean per gateway");
            }
        }
        this.processors = Collections.unmodifiableMap(byGateway);
        this.observer = observer;
    }

    /**
     * The processors given, unobserved: for an app that builds its own.
     *
     * @throws IllegalStateException when two processors serve the same gateway
     */
    public static CallbackProcessors of(List<CallbackProcessor> processors) {
        return new CallbackProcessors(processors, CallbackObserver.NONE);
    }

    /** The gateways that have a processor. */
    public Set<Gateway> gateways() {
        return processors.keySet();
    }

    /** The processor of {@code gateway}, empty when that gateway is not configured. */
    public Optional<CallbackProcessor> processor(Gateway gateway) {
        return Optional.ofNullable(processors.get(gateway));
    }

    /**
     * Runs {@code raw} through {@code gateway}'s processor and records the outcome in the meters.
     *
     * @throws IllegalArgumentException when {@code gateway} is not configured
     */
    public CallbackResult process(Gateway gateway, RawCallback raw) {
        CallbackProcessor processor = processor(gateway)
                .orElseThrow(() -> new IllegalArgumentException(gateway + " is not configured"));
        CallbackResult result = processor.process(raw);
        observer.received(gateway, result.outcome());
        return result;
    }
}
