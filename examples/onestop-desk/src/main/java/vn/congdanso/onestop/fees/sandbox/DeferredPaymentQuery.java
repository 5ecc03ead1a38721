package vn.congdanso.onestop.fees.sandbox;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.util.function.SingletonSupplier;

import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.VerifiedCallback;
import vn.congdanso.payments.callback.PaymentQuery;

/**
 * A {@link PaymentQuery} whose SDK query is built on first use: the sandbox's address includes
 * the web server's port, which is known only after the reconciler has been wired.
 */
final class DeferredPaymentQuery implements PaymentQuery {

    private final Gateway gateway;
    private final SingletonSupplier<PaymentQuery> query;

    DeferredPaymentQuery(Gateway gateway, Supplier<PaymentQuery> query) {
        this.gateway = gateway;
        this.query = SingletonSupplier.of(query);
    }

    @Override
    public Gateway gateway() {
        return gateway;
    }

    @Override
    public Optional<VerifiedCallback> query(String orderRef) {
        return query.obtain().query(orderRef);
    }

    @Override
    public String toString() {
        return "DeferredPaymentQuery[" + gateway + " on the sandbox gateway]";
    }
}
