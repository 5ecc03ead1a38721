package vn.congdanso.payments.vnpay;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.RemoteDetails;
import vn.congdanso.core.UnavailableException;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.internal.GatewayTime;

/**
 * VNPay's signed answer to a {@code querydr} or {@code refund} call whose hash verified and whose
 * {@code vnp_ResponseCode} was {@code 00}: only {@link VnpayClient} creates one. Immutable.
 */
public final class VnpayTransaction {

    private final Map<String, String> fields;
    private final Vnd amount;
    private final Optional<Instant> payDate;

    private VnpayTransaction(Map<String, String> fields, Vnd amount, Optional<Instant> payDate) {
        this.fields = Map.copyOf(fields);
        this.amount = amount;
        this.payDate = payDate;
    }

    /**
     * The transaction of verified answer fields.
     *
     * @throws UnavailableException {@link CoreError#BAD_RESPONSE} for a malformed amount or date
     */
    static VnpayTransaction from(Map<String, String> fields) {
        try {
            String amount = fields.getOrDefault("vnp_Amount", "");
            String payDate = fields.getOrDefault("vnp_PayDate", "");
            return new VnpayTransaction(fields, amount.isEmpty() ? Vnd.ZERO : Vnd.parseHundredths(amount),
                    payDate.isEmpty() ? Optional.empty() : Optional.of(GatewayTime.compact(payDate, "vnp_PayDate")));
        } catch (RejectedException e) {
            throw new UnavailableException(CoreError.BAD_RESPONSE, "VNPay answered a malformed vnp_Amount or vnp_PayDate",
                    RemoteDetails.ofStatus(200), e);
        }
    }

    /** The merchant's order reference. */
    public String txnRef() {
        return field("vnp_TxnRef");
    }

    /** The amount of the transaction (or of the refund). */
    public Vnd amount() {
        return amount;
    }

    /** VNPay's transaction number. */
    public Optional<String> transactionNo() {
        return optional("vnp_TransactionNo");
    }

    /** {@code vnp_TransactionStatus}: {@code 00} paid, {@code 01} pending, {@code 02} failed, {@code 05}/{@code 06} refund in progress/sent, … */
    public String transactionStatus() {
        return field("vnp_TransactionStatus");
    }

    /** {@code vnp_TransactionType}: {@code 01} payment, {@code 02} full refund, {@code 03} partial refund. */
    public String transactionType() {
        return field("vnp_TransactionType");
    }

    /** Whether the transaction is a completed payment ({@code vnp_TransactionStatus} {@code 00}). */
    public boolean paid() {
        return "00".equals(transactionStatus());
    }

    /** VNPay's id of this response, for support. */
    public String responseId() {
        return field("vnp_ResponseId");
    }

    /** The paying bank. */
    public Optional<String> bankCode() {
        return optional("vnp_BankCode");
    }

    /** When the payment happened, {@code vnp_PayDate} read in GMT+7. */
    public Optional<Instant> payDate() {
        return payDate;
    }

    /** Every field of the answer as text (the ones its hash covers and the rest). */
    public Map<String, String> rawFields() {
        return fields;
    }

    @Override
    public String toString() {
        return "VnpayTransaction[txnRef=" + txnRef() + ", amount=" + amount + ", status=" + transactionStatus() + "]";
    }

    private String field(String name) {
        return fields.getOrDefault(name, "");
    }

    private Optional<String> optional(String name) {
        return Optional.of(field(name)).filter(v -> !v.isEmpty());
    }
}
