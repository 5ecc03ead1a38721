package vn.congdanso.payments.payos;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.VerifiedCallback;
import vn.congdanso.payments.callback.PaymentQuery;
import vn.congdanso.payments.internal.CallbackJson;
import vn.congdanso.payments.internal.GatewayHttp;
import vn.congdanso.payments.internal.VerifiedCallbacks;

import static java.util.Objects.requireNonNull;

/**
 * The {@link PaymentQuery} of payOS, on its get-payment-link API, for the
 * {@link vn.congdanso.payments.callback.Reconciler}; the order reference is the numeric
 * {@code orderCode}. Thread-safe.
 *
 * <p>Trust: payOS signs the {@code data} of its answers with the checksum key, exactly as it
 * signs webhooks; this query requires that signature and verifies it before reading a field
 * (an unsigned answer is refused with {@link GatewayError#MISSING_SIGNATURE}).
 *
 * <p>Answers: link status {@code PAID} is PAID, with the bank {@code reference} of its first
 * transaction as the transaction id (the id payOS webhooks carry, so a late webhook is a
 * duplicate); {@code CANCELLED} and {@code EXPIRED} are FAILED; anything else (pending,
 * partly paid, processing) is PENDING, which the reconciler leaves alone. A reference that
 * cannot be a payOS order code, and payOS's "not found" ({@code 101}), are empty answers.
 */
public final class PayosPaymentQuery implements PaymentQuery {

    private static final String NOT_FOUND = "101";

    private final PayosClient client;

    private PayosPaymentQuery(PayosClient client) {
        this.client = client;
    }

    /** A query through {@code client}. */
    public static PayosPaymentQuery create(PayosClient client) {
        return new PayosPaymentQuery(requireNonNull(client, "client == null"));
    }

    @Override
    public Gateway gateway() {
        return Gateway.PAYOS;
    }

    /**
     * Asks payOS about the link of {@code orderRef}.
     *
     * @throws vn.congdanso.core.CongDanSoException as {@link PayosClient#get} does, and
     *         {@link GatewayError#MISSING_SIGNATURE} for an unsigned answer
     */
    @Override
    public Optional<VerifiedCallback> query(String orderRef) {
        requireNonNull(orderRef, "orderRef == null");
        if (!orderRef.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        JsonNode data;
        try {
            data = client.getSigned(orderRef);
        } catch (RejectedException e) {
            if (e.code() == GatewayError.GATEWAY_REJECTED
                    && e.remote().flatMap(remote -> remote.remoteCode()).filter(NOT_FOUND::equals).isPresent()) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(verified(data));
    }

    private VerifiedCallback verified(JsonNode data) {
        String what = "payOS get payment link answer";
        try {
            long amount = CallbackJson.longValue(data, "amount", what);
            return VerifiedCallbacks.create(new VerifiedCallbacks.Fields(Gateway.PAYOS, client.clientId(),
                    Long.toString(CallbackJson.longValue(data, "orderCode", what)), reference(data),
                    Vnd.of(Math.max(0, amount)), status(CallbackJson.required(data, "status", what)), null,
                    PayosData.asText(data)));
        } catch (RejectedException e) {
            throw GatewayHttp.malformed(what + " is incomplete", e);
        }
    }

    private static String reference(JsonNode data) {
        JsonNode transactions = data.path("transactions");
        return transactions.isArray() && !transactions.isEmpty()
                ? CallbackJson.text(transactions.get(0), "reference").orElse("") : "";
    }

    private static PaymentStatus status(String status) {
        return switch (status) {
            case "PAID" -> PaymentStatus.PAID;
            case "CANCELLED", "EXPIRED" -> PaymentStatus.FAILED;
            default -> PaymentStatus.PENDING;
        };
    }

    @Override
    public String toString() {
        return "PayosPaymentQuery[" + client + "]";
    }
}
