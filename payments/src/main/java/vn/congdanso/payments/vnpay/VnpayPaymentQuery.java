package vn.congdanso.payments.vnpay;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import vn.congdanso.core.RejectedException;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.VerifiedCallback;
import vn.congdanso.payments.callback.PaymentQuery;
import vn.congdanso.payments.internal.VerifiedCallbacks;

import static java.util.Objects.requireNonNull;

/**
 * The {@link PaymentQuery} of VNPay, on {@link VnpayClient#query} ({@code querydr}), for the
 * {@link vn.congdanso.payments.callback.Reconciler}. Thread-safe.
 *
 * <p>Trust: VNPay signs querydr answers ({@code vnp_SecureHash}, HMAC-SHA512 with the
 * terminal's hash secret over the pipe-joined answer fields) and the client verifies that hash
 * before it reads any field, so every answer returned here is as verified as an IPN. Its
 * signed fields are the ones that hash covers.
 *
 * <p>VNPay finds a transaction by its reference and by the time its payment URL was created
 * ({@code vnp_TransactionDate} = that URL's {@code vnp_CreateDate}), which the app supplies.
 * Answers: transaction status {@code 00} of a payment ({@code vnp_TransactionType 01}) is
 * PAID, {@code 02} FAILED, anything else (still pending, reversed, refund states, suspected
 * fraud) PENDING, which the reconciler leaves alone; VNPay's "transaction not found"
 * ({@code 91}) is an empty answer.
 */
public final class VnpayPaymentQuery implements PaymentQuery {

    private static final String NOT_FOUND = "91";

    private final VnpayClient client;
    private final String serverIp;
    private final Function<String, Optional<Instant>> paymentUrlCreated;

    private VnpayPaymentQuery(VnpayClient client, String serverIp,
            Function<String, Optional<Instant>> paymentUrlCreated) {
        this.client = client;
        this.serverIp = serverIp;
        this.paymentUrlCreated = paymentUrlCreated;
    }

    /**
     * A query through {@code client}.
     *
     * @param serverIp          the merchant server's IP address, sent as {@code vnp_IpAddr}
     * @param paymentUrlCreated for an order reference, the {@code vnp_CreateDate} of its
     *                          payment URL; empty when the app made none (the order is then
     *                          not asked about). When the app stamps the store's order and its
     *                          payment URL with one instant, {@code ref -> store.findOrder(ref)
     *                          .map(Order::createdAt)} will do.
     */
    public static VnpayPaymentQuery create(VnpayClient client, String serverIp,
            Function<String, Optional<Instant>> paymentUrlCreated) {
        requireNonNull(client, "client == null");
        requireNonNull(serverIp, "serverIp == null");
        requireNonNull(paymentUrlCreated, "paymentUrlCreated == null");
        if (serverIp.isBlank()) {
            throw new IllegalArgumentException("serverIp must not be blank");
        }
        return new VnpayPaymentQuery(client, serverIp, paymentUrlCreated);
    }

    @Override
    public Gateway gateway() {
        return Gateway.VNPAY;
    }

    /**
     * Asks querydr about {@code orderRef}.
     *
     * @throws vn.congdanso.core.CongDanSoException as {@link VnpayClient#query} does, except
     *         for "transaction not found", which is an empty answer
     */
    @Override
    public Optional<VerifiedCallback> query(String orderRef) {
        requireNonNull(orderRef, "orderRef == null");
        Optional<Instant> created = paymentUrlCreated.apply(orderRef);
        if (created.isEmpty()) {
            return Optional.empty();
        }
        VnpayTransaction transaction;
        try {
            transaction = client.query(new VnpayQueryRequest(orderRef, created.get(), "Reconcile order status",
                    serverIp, Optional.empty()));
        } catch (RejectedException e) {
            if (isNotFound(e)) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(verified(transaction));
    }

    private static boolean isNotFound(RejectedException e) {
        return e.code() == GatewayError.GATEWAY_REJECTED
                && e.remote().flatMap(remote -> remote.remoteCode()).filter(NOT_FOUND::equals).isPresent();
    }

    /** The callback shape of an answer {@link VnpayClient} verified. */
    private static VerifiedCallback verified(VnpayTransaction transaction) {
        Map<String, String> signed = new LinkedHashMap<>();
        for (String name : VnpayClient.QUERY_ANSWER_SIGNED) {
            String value = transaction.rawFields().get(name);
            if (value != null) {
                signed.put(name, value);
            }
        }
        return VerifiedCallbacks.create(new VerifiedCallbacks.Fields(Gateway.VNPAY,
                transaction.rawFields().getOrDefault("vnp_TmnCode", ""), transaction.txnRef(),
                transaction.transactionNo().orElse(""), transaction.amount(), status(transaction),
                transaction.payDate().orElse(null), signed));
    }

    private static PaymentStatus status(VnpayTransaction transaction) {
        if (!"01".equals(transaction.transactionType())) {
            return PaymentStatus.PENDING;
        }
        return switch (transaction.transactionStatus()) {
            case "00" -> PaymentStatus.PAID;
            case "02" -> PaymentStatus.FAILED;
            default -> PaymentStatus.PENDING;
        };
    }

    @Override
    public String toString() {
        return "VnpayPaymentQuery[" + client + "]";
    }
}
