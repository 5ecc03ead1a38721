package vn.congdanso.payments.callback;

import java.util.Optional;

import vn.congdanso.payments.Gateway;

/**
 * The app's own order book, consulted when the store does not know an order yet. The first
 * verified callback for an order found here copies it into the store: already settled when
 * that callback settles it (one insert, which the primary key makes exactly-once), else
 * PENDING; from then on the store's row is what the state transition works on, so the lookup
 * is asked at most once per order that settles. Implementations must be thread-safe and should answer quickly: the
 * lookup runs inside the store transaction.
 */
@FunctionalInterface
public interface OrderLookup {

    /** The payment expected for {@code orderRef}, or empty when the app knows no such order. */
    Optional<ExpectedPayment> find(Gateway gateway, String orderRef);
}
