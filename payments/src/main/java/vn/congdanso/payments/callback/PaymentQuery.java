package vn.congdanso.payments.callback;

import java.util.Optional;

import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.VerifiedCallback;

/**
 * A gateway's transaction query (VNPay querydr, MoMo query, ZaloPay query, payOS payment
 * link), as the {@link Reconciler} uses it. Implementations verify the answer's signature
 * wherever the gateway signs it, and return it in the same verified shape as a callback.
 * Thread-safe.
 */
public interface PaymentQuery {

    /** The gateway asked. */
    Gateway gateway();

    /**
     * What the gateway says about {@code orderRef} now.
     *
     * @return the verified answer; empty when the gateway knows no payment for the order
     * @throws vn.congdanso.core.CongDanSoException when the gateway cannot be reached or its
     *         answer does not verify; the order is left for the next run
     */
    Optional<VerifiedCallback> query(String orderRef);
}
