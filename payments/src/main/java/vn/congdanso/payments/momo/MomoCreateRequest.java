package vn.congdanso.payments.momo;

import java.util.Locale;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.crypto.RandomIds;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.internal.ConfigChecks;

import static java.util.Objects.requireNonNull;

/**
 * One MoMo payment to create (API v2 {@code /v2/gateway/api/create}). Build with {@link #builder()}.
 *
 * @param orderId     the merchant's unique order id, 1–50 of {@code A-Z a-z 0-9 - _ .}
 * @param requestId   a unique id for this request (MoMo rejects a repeated one)
 * @param amount      the amount in đồng, 1 000 to 50 000 000
 * @param orderInfo   the order description shown to the payer (Vietnamese allowed)
 * @param redirectUrl where MoMo sends the browser back
 * @param ipnUrl      where MoMo posts the IPN
 * @param requestType how the payer pays
 * @param extraData   merchant data echoed back (Base64 by convention), possibly empty
 * @param language    the language of MoMo's pages
 */
public record MomoCreateRequest(String orderId, String requestId, Vnd amount, String orderInfo, String redirectUrl,
        String ipnUrl, RequestType requestType, String extraData, Language language) {

    /** {@code requestType}. */
    public enum RequestType {
        /** MoMo wallet, QR or app-to-app, {@code captureWallet}. */
        CAPTURE_WALLET("captureWallet"),
        /** Domestic ATM card, {@code payWithATM}. */
        PAY_WITH_ATM("payWithATM"),
        /** International card, {@code payWithCC}. */
        PAY_WITH_CC("payWithCC"),
        /** MoMo's method picker, {@code payWithMethod}. */
        PAY_WITH_METHOD("payWithMethod");

        private final String code;

        RequestType(String code) {
            this.code = code;
        }

        /** The wire value. */
        public String code() {
            return code;
        }
    }

    /** {@code lang}. */
    public enum Language {
        /** Vietnamese. */
        VI,
        /** English. */
        EN;

        /** The wire value. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Validates the components; rejects bad ids, amounts and URLs with {@link GatewayError#BAD_REQUEST}. */
    public MomoCreateRequest {
        requireNonNull(orderId, "orderId == null");
        requireNonNull(requestId, "requestId == null");
        requireNonNull(amount, "amount == null");
        requireNonNull(orderInfo, "orderInfo == null");
        requireNonNull(redirectUrl, "redirectUrl == null");
        requireNonNull(ipnUrl, "ipnUrl == null");
        requireNonNull(requestType, "requestType == null");
        requireNonNull(extraData, "extraData == null");
        requireNonNull(language, "language == null");
        check(orderId.matches("[A-Za-z0-9_.\\-]{1,50}"), "orderId must be 1-50 of A-Z a-z 0-9 - _ .");
        check(requestId.matches("[A-Za-z0-9_.\\-]{1,50}"), "requestId must be 1-50 of A-Z a-z 0-9 - _ .");
        check(amount.dong() >= 1_000 && amount.dong() <= 50_000_000, "amount must be 1 000 to 50 000 000 đồng");
        check(!orderInfo.isBlank(), "orderInfo must not be blank");
        checkUrl(redirectUrl, "redirectUrl");
        checkUrl(ipnUrl, "ipnUrl");
    }

    /** A builder; orderId, amount, orderInfo, redirectUrl and ipnUrl are required. */
    public static Builder builder() {
        return new Builder();
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

    /** Builds a {@link MomoCreateRequest}. Not thread-safe. */
    public static final class Builder {
        private String orderId;
        private String requestId;
        private Vnd amount;
        private String orderInfo;
        private String redirectUrl;
        private String ipnUrl;
        private RequestType requestType = RequestType.CAPTURE_WALLET;
        private String extraData = "";
        private Language language = Language.VI;

        private Builder() {
        }

        /** The merchant's order id. */
        public Builder orderId(String orderId) {
            this.orderId = requireNonNull(orderId, "orderId == null");
            return this;
        }

        /** The request id; a random one by default. */
        public Builder requestId(String requestId) {
            this.requestId = requireNonNull(requestId, "requestId == null");
            return this;
        }

        /** The amount. */
        public Builder amount(Vnd amount) {
            this.amount = requireNonNull(amount, "amount == null");
            return this;
        }

        /** The description. */
        public Builder orderInfo(String orderInfo) {
            this.orderInfo = requireNonNull(orderInfo, "orderInfo == null");
            return this;
        }

        /** The browser return URL. */
        public Builder redirectUrl(String redirectUrl) {
            this.redirectUrl = requireNonNull(redirectUrl, "redirectUrl == null");
            return this;
        }

        /** The IPN URL. */
        public Builder ipnUrl(String ipnUrl) {
            this.ipnUrl = requireNonNull(ipnUrl, "ipnUrl == null");
            return this;
        }

        /** The payment method; {@code captureWallet} by default. */
        public Builder requestType(RequestType requestType) {
            this.requestType = requireNonNull(requestType, "requestType == null");
            return this;
        }

        /** Merchant data echoed back; empty by default. */
        public Builder extraData(String extraData) {
            this.extraData = requireNonNull(extraData, "extraData == null");
            return this;
        }

        /** The page language; Vietnamese by default. */
        public Builder language(Language language) {
            this.language = requireNonNull(language, "language == null");
            return this;
        }

        /** The request; rejects missing or invalid fields with {@link GatewayError#BAD_REQUEST}. */
        public MomoCreateRequest build() {
            if (orderId == null || amount == null || orderInfo == null || redirectUrl == null || ipnUrl == null) {
                throw new RejectedException(GatewayError.BAD_REQUEST,
                        "orderId, amount, orderInfo, redirectUrl and ipnUrl are required");
            }
            return new MomoCreateRequest(orderId, requestId != null ? requestId : RandomIds.alphanumeric(32), amount,
                    orderInfo, redirectUrl, ipnUrl, requestType, extraData, language);
        }
    }

    /** The identifiers and the amount only: free text, URLs, user ids, tokens and MACs stay out, so it is safe to log. */
    @Override
    public String toString() {
        return "MomoCreateRequest[orderId=" + orderId + ", requestId=" + requestId + ", amount=" + amount
                + ", requestType=" + requestType + "]";
    }
}
