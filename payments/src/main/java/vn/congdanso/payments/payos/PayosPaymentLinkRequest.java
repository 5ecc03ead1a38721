package vn.congdanso.payments.payos;

import java.time.Instant;
import java.util.Optional;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.internal.ConfigChecks;

import static java.util.Objects.requireNonNull;

/**
 * A payOS payment link to create (bank transfer by VietQR).
 *
 * @param orderCode   the merchant's unique numeric order code, 1 to 9 007 199 254 740 991
 * @param amount      the amount, more than zero
 * @param description the transfer description, 1–25 characters (banks truncate longer ones)
 * @param returnUrl   where payOS sends the browser after paying
 * @param cancelUrl   where payOS sends the browser after cancelling
 * @param expiredAt   when the link stops accepting payments, if not payOS's default
 */
public record PayosPaymentLinkRequest(long orderCode, Vnd amount, String description, String returnUrl,
        String cancelUrl, Optional<Instant> expiredAt) {

    /** The largest order code payOS accepts (JavaScript's largest safe integer). */
    public static final long MAX_ORDER_CODE = 9_007_199_254_740_991L;

    /** Validates the components; rejects bad values with {@link GatewayError#BAD_REQUEST}. */
    public PayosPaymentLinkRequest {
        requireNonNull(amount, "amount == null");
        requireNonNull(description, "description == null");
        requireNonNull(returnUrl, "returnUrl == null");
        requireNonNull(cancelUrl, "cancelUrl == null");
        requireNonNull(expiredAt, "expiredAt == null");
        check(orderCode > 0 && orderCode <= MAX_ORDER_CODE, "orderCode must be 1 to " + MAX_ORDER_CODE);
        check(amount.dong() > 0, "amount must be more than zero");
        check(!description.isBlank() && description.length() <= 25, "description must be 1-25 characters");
        checkUrl(returnUrl, "returnUrl");
        checkUrl(cancelUrl, "cancelUrl");
    }

    /** A request without an explicit expiry. */
    public static PayosPaymentLinkRequest of(long orderCode, Vnd amount, String description, String returnUrl,
            String cancelUrl) {
        return new PayosPaymentLinkRequest(orderCode, amount, description, returnUrl, cancelUrl, Optional.empty());
    }

    private static void checkUrl(String url, String name) {
        try {
            ConfigChecks.httpUri(url);
        } catch (RejectedException e) {
            throw new RejectedException(GatewayError.BAD_REQUEST, name + " must be an absolute http(s) URL", e);
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new RejectedException(GatewayError.BAD_REQUEST, message);
        }
    }

    /** The identifiers and the amount only: free text, URLs, user ids, tokens and MACs stay out, so it is safe to log. */
    @Override
    public String toString() {
        return "PayosPaymentLinkRequest[orderCode=" + orderCode + ", amount=" + amount + "]";
    }
}
