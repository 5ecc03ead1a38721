package vn.congdanso.payments.callback;

import java.time.Instant;
import java.util.Optional;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.PaymentStatus;

import static java.util.Objects.requireNonNull;

/** The order rules both stores share. */
final class StoreChecks {

    /** The longest order reference a store keeps (VNPay allows 100, MoMo 200; the schema 100). */
    static final int MAX_REF = 100;

    private StoreChecks() {
    }

    /** A new PENDING order, after checking the reference and the amount. */
    static Order newOrder(String ref, Vnd amount, Optional<Gateway> gateway, Instant now) {
        requireNonNull(ref, "ref == null");
        requireNonNull(amount, "amount == null");
        requireNonNull(gateway, "gateway == null");
        requireNonNull(now, "now == null");
        if (!isStorableRef(ref)) {
            throw new RejectedException(CallbackError.BAD_ORDER,
                    "order reference must be 1 to " + MAX_REF + " printable ASCII characters");
        }
        if (amount.isZero()) {
            throw new RejectedException(CallbackError.BAD_ORDER, "order amount must be above zero");
        }
        return new Order(ref, gateway, amount, PaymentStatus.PENDING, Optional.empty(), 0, false, now, now);
    }

    /** Whether {@code ref} is 1 to {@link #MAX_REF} printable ASCII characters. */
    static boolean isStorableRef(String ref) {
        return !ref.isEmpty() && ref.length() <= MAX_REF && ref.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** {@code order} moved to {@code status} with the gateway's transaction id. */
    static Order settled(Order order, Gateway gateway, PaymentStatus status, String transactionId, Instant now) {
        int payments = order.paymentCount() + (status == PaymentStatus.PAID ? 1 : 0);
        return new Order(order.ref(), Optional.of(gateway), order.amount(), status,
                Optional.of(transactionId).filter(id -> !id.isEmpty()),
                payments, order.flagged(), order.createdAt(), now);
    }

    /** {@code order} flagged for review, counting one more payment when {@code extraPayment}. */
    static Order flagged(Order order, boolean extraPayment, Instant now) {
        return new Order(order.ref(), order.gateway(), order.amount(), order.status(), order.transactionId(),
                order.paymentCount() + (extraPayment ? 1 : 0), true, order.createdAt(), now);
    }
}
