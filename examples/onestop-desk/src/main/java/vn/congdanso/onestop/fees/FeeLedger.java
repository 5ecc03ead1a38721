package vn.congdanso.onestop.fees;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.congdanso.core.UnavailableException;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.callback.CallbackError;
import vn.congdanso.payments.callback.Order;
import vn.congdanso.payments.callback.PaymentHandler;
import vn.congdanso.payments.callback.Transition;

/**
 * The desk's reaction to a settled fee: runs exactly once per transition, inside the store's
 * transaction (the starter's callback endpoints and the reconciler both come through here), and
 * records it in the desk's own row through that transaction's connection, so the row's status,
 * {@code payment_count} and {@code paid_amount} commit, or roll back, with the transition. The
 * update is conditional on the row still being PENDING; a transition for an order the desk does
 * not hold fails, so the store rolls it back and the gateway is asked to deliver again.
 */
@Component
class FeeLedger implements PaymentHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FeeLedger.class);

    @Override
    public void onTransition(Transition transition) {
        Order order = transition.order();
        boolean paid = order.status() == PaymentStatus.PAID;
        Connection connection = transition.connection()
                .orElseThrow(() -> new IllegalStateException("the fee ledger needs the JDBC callback store"));
        try (PreparedStatement update = connection.prepareStatement("UPDATE fee_orders SET status = ?, gateway = ?, "
                + "payment_count = payment_count + ?, paid_amount = paid_amount + ?, settled_at = ? "
                + "WHERE ref = ? AND status = 'PENDING'")) {
            update.setString(1, order.status().name());
            update.setString(2, transition.callback().gateway().name().toLowerCase(Locale.ROOT));
            update.setInt(3, paid ? 1 : 0);
            update.setLong(4, paid ? transition.callback().amount().dong() : 0);
            update.setObject(5, order.updatedAt().atOffset(ZoneOffset.UTC));
            update.setString(6, order.ref());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("fee order " + order.ref() + " is not a PENDING order of the desk");
            }
        } catch (SQLException e) {
            throw new UnavailableException(CallbackError.STORE_UNAVAILABLE, "cannot record fee order " + order.ref(), e);
        }
        LOG.info("fee order {} is now {} ({})", order.ref(), order.status(), transition.callback().gateway());
    }
}
