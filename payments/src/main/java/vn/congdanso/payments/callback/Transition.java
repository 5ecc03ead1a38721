package vn.congdanso.payments.callback;

import java.sql.Connection;
import java.util.Optional;

import vn.congdanso.payments.VerifiedCallback;

import static java.util.Objects.requireNonNull;

/**
 * One state change of an order, PENDING to PAID or FAILED, handed to the {@link PaymentHandler}
 * inside the store transaction that records it.
 *
 * @param order      the order after the transition
 * @param callback   the verified callback or query answer that caused it
 * @param connection with {@link JdbcCallbackStore}, the connection of the open transaction: the
 *                   handler may write its own rows through it so that they commit, or roll back,
 *                   with the transition. Do not commit, roll back or close it. Empty with a
 *                   store that is not JDBC.
 */
public record Transition(Order order, VerifiedCallback callback, Optional<Connection> connection) {

    /** Validates the components. */
    public Transition {
        requireNonNull(order, "order == null");
        requireNonNull(callback, "callback == null");
        requireNonNull(connection, "connection == null");
    }

    /** The order and the callback; never the connection. */
    @Override
    public String toString() {
        return "Transition[" + order.ref() + " -> " + order.status() + ", " + callback + "]";
    }
}
