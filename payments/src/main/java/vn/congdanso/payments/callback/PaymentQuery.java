package vn.congdanso.payments.callback;

import java.util.Optional;

import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.VerifiedCallback;

/**
 * A gateway's transaction query (VNPay querydr, MoMo query, ZaloPay query, payOS payment
 * link), as the {@link Reconciler} uses it. Implementations verify the answer's signature
 * wherever the gateway signs it, and return it in the same verified shape as a callback.
 * Thread-safe.
 *
 * <p>The SDK's implementations sit beside the gateway clients and need {@code congdanso-http}:
 * {@link vn.congdanso.payments.vnpay.VnpayPaymentQuery} and
 * {@link vn.congdanso.payments.payos.PayosPaymentQuery} (signed answers, verified),
 * {@link vn.congdanso.payments.momo.MomoPaymentQuery} and
 * {@link vn.congdanso.payments.zalopay.ZalopayPaymentQuery} (unsigned answers, trusted as the
 * TLS-authenticated reply of the gateway's endpoint). None of them fails an order the gateway
 * does not know: that answer is empty, since the order may belong to another gateway.
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
