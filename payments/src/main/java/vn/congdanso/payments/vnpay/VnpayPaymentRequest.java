package vn.congdanso.payments.vnpay;

import java.time.Instant;
import java.util.Optional;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.text.VietnameseText;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.internal.ConfigChecks;

import static java.util.Objects.requireNonNull;

/**
 * One payment to send a citizen to VNPay for. Build with {@link #builder()}; the order description
 * is folded to ASCII (VNPay rejects diacritics) and cut at 255 characters.
 *
 * @param amount     the amount in đồng (sent ×100 as {@code vnp_Amount}), more than zero
 * @param txnRef     the merchant's unique order reference, 1–100 of {@code A-Z a-z 0-9 - _ .}
 * @param orderInfo  the order description, ASCII
 * @param orderType  the VNPay category code ({@code other} by default)
 * @param language   the payment page language
 * @param returnUrl  where VNPay sends the browser back, http(s)
 * @param ipAddr     the citizen's IP address
 * @param bankCode   a bank or method to pre-select ({@code VNPAYQR}, {@code VNBANK}, {@code INTCARD}, …)
 * @param createDate the creation time, when not "now" from the configured clock
 */
public record VnpayPaymentRequest(Vnd amount, String txnRef, String orderInfo, String orderType, Language language,
        String returnUrl, String ipAddr, Optional<String> bankCode, Optional<Instant> createDate) {

    /** The payment page language, {@code vnp_Locale}. */
    public enum Language {
        /** Vietnamese, {@code vn}. */
        VN("vn"),
        /** English, {@code en}. */
        EN("en");

        private final String code;

        Language(String code) {
            this.code = code;
        }

        /** The wire code. */
        public String code() {
            return code;
        }
    }

    /**
     * Validates the components.
     *
     * @throws RejectedException {@link GatewayError#BAD_REQUEST} for a zero amount, a bad
     *                           reference, an empty description, a non-http(s) return URL
     */
    public VnpayPaymentRequest {
        requireNonNull(amount, "amount == null");
        requireNonNull(txnRef, "txnRef == null");
        requireNonNull(orderInfo, "orderInfo == null");
        requireNonNull(orderType, "orderType == null");
        requireNonNull(language, "language == null");
        requireNonNull(returnUrl, "returnUrl == null");
        requireNonNull(ipAddr, "ipAddr == null");
        requireNonNull(bankCode, "bankCode == null");
        requireNonNull(createDate, "createDate == null");
        orderInfo = VietnameseText.truncate(VietnameseText.foldToAscii(orderInfo).strip(), 255);
        check(amount.dong() > 0, "amount must be more than zero");
        check(txnRef.matches("[A-Za-z0-9_.\\-]{1,100}"), "txnRef must be 1-100 of A-Z a-z 0-9 - _ .");
        check(!orderInfo.isEmpty(), "orderInfo must not be empty");
        check(orderType.matches("[A-Za-z0-9_]{1,100}"), "orderType must be a VNPay category code");
        check(ipAddr.matches("[0-9A-Fa-f.:]{2,45}"), "ipAddr must be an IPv4 or IPv6 address");
        check(bankCode.map(code -> code.matches("[A-Za-z0-9_]{1,20}")).orElse(true), "bankCode must be a VNPay bank code");
        try {
            ConfigChecks.httpUri(returnUrl);
        } catch (RejectedException e) {
            throw new RejectedException(GatewayError.BAD_REQUEST, "returnUrl must be an absolute http(s) URL", e);
        }
    }

    /** A builder; amount, txnRef, orderInfo, returnUrl and ipAddr are required. */
    public static Builder builder() {
        return new Builder();
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new RejectedException(GatewayError.BAD_REQUEST, message);
        }
    }

    /** Builds a {@link VnpayPaymentRequest}. Not thread-safe. */
    public static final class Builder {
        private Vnd amount;
        private String txnRef;
        private String orderInfo;
        private String orderType = "other";
        private Language language = Language.VN;
        private String returnUrl;
        private String ipAddr;
        private Optional<String> bankCode = Optional.empty();
        private Optional<Instant> createDate = Optional.empty();

        private Builder() {
        }

        /** The amount in đồng. */
        public Builder amount(Vnd amount) {
            this.amount = requireNonNull(amount, "amount == null");
            return this;
        }

        /** The merchant's order reference. */
        public Builder txnRef(String txnRef) {
            this.txnRef = requireNonNull(txnRef, "txnRef == null");
            return this;
        }

        /** The order description (Vietnamese is folded to ASCII). */
        public Builder orderInfo(String orderInfo) {
            this.orderInfo = requireNonNull(orderInfo, "orderInfo == null");
            return this;
        }

        /** The VNPay category code; {@code other} by default. */
        public Builder orderType(String orderType) {
            this.orderType = requireNonNull(orderType, "orderType == null");
            return this;
        }

        /** The payment page language; Vietnamese by default. */
        public Builder language(Language language) {
            this.language = requireNonNull(language, "language == null");
            return this;
        }

        /** Where the browser returns. */
        public Builder returnUrl(String returnUrl) {
            this.returnUrl = requireNonNull(returnUrl, "returnUrl == null");
            return this;
        }

        /** The citizen's IP address. */
        public Builder ipAddr(String ipAddr) {
            this.ipAddr = requireNonNull(ipAddr, "ipAddr == null");
            return this;
        }

        /** A bank or method to pre-select. */
        public Builder bankCode(String bankCode) {
            this.bankCode = Optional.of(requireNonNull(bankCode, "bankCode == null"));
            return this;
        }

        /** A fixed creation time instead of the configured clock's "now". */
        public Builder createDate(Instant createDate) {
            this.createDate = Optional.of(requireNonNull(createDate, "createDate == null"));
            return this;
        }

        /** The request; rejects missing or invalid fields with {@link GatewayError#BAD_REQUEST}. */
        public VnpayPaymentRequest build() {
            if (amount == null || txnRef == null || orderInfo == null || returnUrl == null || ipAddr == null) {
                throw new RejectedException(GatewayError.BAD_REQUEST,
                        "amount, txnRef, orderInfo, returnUrl and ipAddr are required");
            }
            return new VnpayPaymentRequest(amount, txnRef, orderInfo, orderType, language, returnUrl, ipAddr,
                    bankCode, createDate);
        }
    }

    /** The identifiers and the amount only: free text, URLs, user ids, tokens and MACs stay out, so it is safe to log. */
    @Override
    public String toString() {
        return "VnpayPaymentRequest[txnRef=" + txnRef + ", amount=" + amount + ", orderType=" + orderType
                + ", bankCode=" + bankCode.orElse("-") + "]";
    }
}
