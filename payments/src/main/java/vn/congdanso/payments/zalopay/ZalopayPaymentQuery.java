package vn.congdanso.payments.zalopay;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.VerifiedCallback;
import vn.congdanso.payments.callback.PaymentQuery;
import vn.congdanso.payments.internal.VerifiedCallbacks;

import static java.util.Objects.requireNonNull;

/**
 * The {@link PaymentQuery} of ZaloPay, on {@link ZalopayClient#query}, for the
 * {@link vn.congdanso.payments.callback.Reconciler}; the order reference is the
 * {@code app_trans_id}. Thread-safe.
 *
 * <p>Trust: ZaloPay's documentation defines no MAC on query answers (the request carries a MAC
 * under key1, the answer none), so an answer is trusted because it is the body of the HTTPS
 * exchange with the configured ZaloPay endpoint, authenticated by TLS. Its "signed fields" are
 * the fields read from that authenticated answer ({@code app_trans_id}, {@code amount},
 * {@code zp_trans_id}, {@code return_code}, {@code sub_return_code}). Keep the endpoint on
 * {@code https}.
 *
 * <p>Answers: {@code return_code 1} is PAID; {@code 3} or "processing" is PENDING, which the
 * reconciler leaves alone; {@code 2} is FAILED only when ZaloPay names a transaction
 * ({@code zp_trans_id}) and otherwise an empty answer, since ZaloPay answers 2 also for an
 * order it never saw, which may belong to another gateway.
 */
public final class ZalopayPaymentQuery implements PaymentQuery {

    private final ZalopayClient client;

    private ZalopayPaymentQuery(ZalopayClient client) {
        this.client = client;
    }

    /** A query through {@code client}. */
    public static ZalopayPaymentQuery create(ZalopayClient client) {
        return new ZalopayPaymentQuery(requireNonNull(client, "client == null"));
    }

    @Override
    public Gateway gateway() {
        return Gateway.ZALOPAY;
    }

    /**
     * Asks ZaloPay about the order {@code orderRef} ({@code app_trans_id}).
     *
     * @throws vn.congdanso.core.CongDanSoException as {@link ZalopayClient#query} does
     */
    @Override
    public Optional<VerifiedCallback> query(String orderRef) {
        ZalopayStatus answer = client.query(requireNonNull(orderRef, "orderRef == null"));
        PaymentStatus status = answer.paid() ? PaymentStatus.PAID
                : answer.pending() ? PaymentStatus.PENDING : PaymentStatus.FAILED;
        if (status == PaymentStatus.FAILED && answer.zpTransId().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(VerifiedCallbacks.create(new VerifiedCallbacks.Fields(Gateway.ZALOPAY, client.appId(),
                answer.appTransId(), answer.zpTransId().map(String::valueOf).orElse(""), answer.amount(), status,
                null, fields(answer))));
    }

    private static Map<String, String> fields(ZalopayStatus answer) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("app_trans_id", answer.appTransId());
        fields.put("amount", Long.toString(answer.amount().dong()));
        answer.zpTransId().ifPresent(id -> fields.put("zp_trans_id", Long.toString(id)));
        fields.put("return_code", Integer.toString(answer.returnCode()));
        fields.put("sub_return_code", Integer.toString(answer.subReturnCode()));
        return fields;
    }

    @Override
    public String toString() {
        return "ZalopayPaymentQuery[" + client + "]";
    }
}
