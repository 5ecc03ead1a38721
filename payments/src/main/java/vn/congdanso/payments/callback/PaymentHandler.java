package vn.congdanso.payments.callback;

/**
 * The app's reaction to a settled payment: credit the fee, issue the document, send the notice.
 * Runs exactly once per transition, inside the store transaction that records it. If it throws,
 * the transition rolls back, the order stays PENDING, and the gateway is told to deliver again
 * ({@link vn.congdanso.payments.CallbackOutcome#RETRY}). Keep it short: it holds a row lock.
 */
@FunctionalInterface
public interface PaymentHandler {

    /**
     * Reacts to {@code transition}.
     *
     * @throws Exception to roll the transition back
     */
    void onTransition(Transition transition) throws Exception;
}
