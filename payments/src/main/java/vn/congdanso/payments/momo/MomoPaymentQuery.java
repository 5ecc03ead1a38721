package vn.congdanso.payments.momo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.congdanso.core.RejectedException;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.VerifiedCallback;
import vn.congdanso.payments.callback.PaymentQuery;
import vn.congdanso.payments.internal.VerifiedCallbacks;

import static java.util.Objects.requireNonNull;

/**
 * The {@link PaymentQuery} of MoMo, on {@link MomoClient#query}, for the
 * {@link vn.congdanso.payments.callback.Reconciler}. Thread-safe.
 *
 * <p>Trust: MoMo's documentation defines no signature on query answers (the request is signed,
 * the answer is not), so an answer is trusted because it is the body of the HTTPS exchange
 * with the configured MoMo endpoint, authenticated by TLS, in answer to a request signed with
 * the merchant's secret key. Its "signed fields" are therefore the fields read from that
 * authenticated answer ({@code orderId}, {@code amount}, {@code transId}, {@code resultCode}).
 * Keep the endpoint on {@code https}.
 *
 * <p>Answers: {@code resultCode 0} is PAID; MoMo's definitive refusals (1001–1007, 1017,
 * 1026, 1080, 1081, 4001, 4100) are FAILED only when MoMo names a transaction; anything else
 * (waiting, authorised, processing) is PENDING, which the reconciler leaves alone. "Order not
 * found" ({@code 42}) is an empty answer: an order MoMo never saw may belong to another
 * gateway and must not be failed by this one.
 */
public final class MomoPaymentQuery implements PaymentQuery {

    private static final String NOT_FOUND = "42";
    private static final Set<Integer> FAILED = Set.of(1001, 1002, 1003, 1004, 1005, 1006, 1007, 1017, 1026,
            1080, 1081, 4001, 4100);

    private final MomoClient client;

    private MomoPaymentQuery(MomoClient client) {
        this.client = client;
    }

    /** A query through {@code client}. */
    public static MomoPaymentQuery create(MomoClient client) {
        return new MomoPaymentQuery(requireNonNull(client, "client == null"));
    }

    @Override
    public Gateway gateway() {
        return Gateway.MOMO;
    }

    /**
     * Asks MoMo about {@code orderRef}.
     *
     * @throws vn.congdanso.core.CongDanSoException as {@link MomoClient#query} does, except
     *         for "order not found", which is an empty answer
     */
    @Override
    public Optional<VerifiedCallback> query(String orderRef) {
        requireNonNull(orderRef, "orderRef == null");
        MomoStatus answer;
        try {
            answer = client.query(orderRef);
        } catch (RejectedException e) {
            if (e.code() == GatewayError.GATEWAY_REJECTED
                    && e.remote().flatMap(remote -> remote.remoteCode()).filter(NOT_FOUND::equals).isPresent()) {
                return Optional.empty();
            }
            throw e;
        }
        PaymentStatus status = status(answer);
        if (status == PaymentStatus.FAILED && answer.transId().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(VerifiedCallbacks.create(new VerifiedCallbacks.Fields(Gateway.MOMO, client.partnerCode(),
                answer.orderId(), answer.transId().map(String::valueOf).orElse(""), answer.amount(), status, null,
                fields(answer))));
    }

    private static PaymentStatus status(MomoStatus answer) {
        if (answer.paid()) {
            return PaymentStatus.PAID;
        }
        return FAILED.contains(answer.resultCode()) ? PaymentStatus.FAILED : PaymentStatus.PENDING;
    }

    private static Map<String, String> fields(MomoStatus answer) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("orderId", answer.orderId());
        fields.put("amount", Long.toString(answer.amount().dong()));
        answer.transId().ifPresent(id -> fields.put("transId", Long.toString(id)));
        fields.put("resultCode", Integer.toString(answer.resultCode()));
        return fields;
    }

    @Override
    public String toString() {
        return "MomoPaymentQuery[" + client + "]";
    }
}
