package vn.congdanso.payments;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import vn.congdanso.core.Vnd;
import vn.congdanso.payments.internal.VerifiedCallbacks;

import static java.util.Objects.requireNonNull;

/**
 * A gateway callback whose signature verified, in one shape for every gateway. Only a
 * {@link CallbackVerifier} creates one: there is no public constructor, so an instance is
 * proof that its fields came signed from the gateway. Immutable and thread-safe.
 *
 * <p>It carries only the fields the signature covers. {@link #toString()} names the gateway,
 * the order reference, the amount and the status; never account names or numbers.
 */
public final class VerifiedCallback {

    static {
        VerifiedCallbacks.register(VerifiedCallback::new);
    }

    private final Gateway gateway;
    private final String merchant;
    private final String orderRef;
    private final String transactionId;
    private final Vnd amount;
    private final PaymentStatus status;
    private final Instant time;
    private final Map<String, String> signedFields;

    private VerifiedCallback(VerifiedCallbacks.Fields fields) {
        this.gateway = requireNonNull(fields.gateway(), "gateway == null");
        this.merchant = requireNonNull(fields.merchant(), "merchant == null");
        this.orderRef = requireNonNull(fields.orderRef(), "orderRef == null");
        this.transactionId = requireNonNull(fields.transactionId(), "transactionId == null");
        this.amount = requireNonNull(fields.amount(), "amount == null");
        this.status = requireNonNull(fields.status(), "status == null");
        this.time = fields.time();
        this.signedFields = Collections.unmodifiableMap(new LinkedHashMap<>(fields.signedFields()));
    }

    /** The gateway that sent and signed the callback. */
    public Gateway gateway() {
        return gateway;
    }

    /** The merchant the callback names (VNPay TmnCode, MoMo partnerCode, ZaloPay app_id, payOS client). */
    public String merchant() {
        return merchant;
    }

    /** The merchant's order reference (VNPay TxnRef, MoMo orderId, ZaloPay app_trans_id, payOS orderCode). */
    public String orderRef() {
        return orderRef;
    }

    /** The gateway's own transaction id; empty when the gateway sent none (failed payments). */
    public String transactionId() {
        return transactionId;
    }

    /** The amount the gateway collected or attempted, in đồng (never ×100). */
    public Vnd amount() {
        return amount;
    }

    /** What the callback says about the payment. */
    public PaymentStatus status() {
        return status;
    }

    /** Whether the money was collected. */
    public boolean paid() {
        return status == PaymentStatus.PAID;
    }

    /** When the gateway says the payment happened, read in GMT+7 where the gateway sends local time. */
    public Optional<Instant> time() {
        return Optional.ofNullable(time);
    }

    /** Exactly the fields the signature covers, decoded, in the gateway's order. */
    public Map<String, String> signedFields() {
        return signedFields;
    }

    @Override
    public String toString() {
        return "VerifiedCallback[" + gateway + ", order " + orderRef + ", " + amount + ", " + status + "]";
    }
}
