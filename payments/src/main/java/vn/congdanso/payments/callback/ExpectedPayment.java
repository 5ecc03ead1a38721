package vn.congdanso.payments.callback;

import java.util.Optional;

import vn.congdanso.core.Vnd;
import vn.congdanso.payments.Gateway;

import static java.util.Objects.requireNonNull;

/**
 * What the app expects to be paid for one of its orders, as its {@link OrderLookup} reports it.
 *
 * @param orderRef the order reference the gateway will echo
 * @param amount   the amount due, in đồng
 * @param gateway  the only gateway that may settle it, or empty for any
 */
public record ExpectedPayment(String orderRef, Vnd amount, Optional<Gateway> gateway) {

    /** Validates the components. */
    public ExpectedPayment {
        requireNonNull(orderRef, "orderRef == null");
        requireNonNull(amount, "amount == null");
        requireNonNull(gateway, "gateway == null");
    }

    /** An order any gateway may settle. */
    public static ExpectedPayment of(String orderRef, Vnd amount) {
        return new ExpectedPayment(orderRef, amount, Optional.empty());
    }
}
