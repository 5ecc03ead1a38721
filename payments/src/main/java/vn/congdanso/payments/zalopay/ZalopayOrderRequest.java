package vn.congdanso.payments.zalopay;

import java.util.Optional;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.GatewayError;

import static java.util.Objects.requireNonNull;

/**
 * One ZaloPay order to create. {@code app_trans_id} and {@code app_time} are added when it is
 * signed, from the configured clock in GMT+7.
 *
 * @param transIdSuffix the merchant-unique part of {@code app_trans_id} after {@code yyMMdd_}, 1–33 of {@code A-Z a-z 0-9 _ -}
 * @param appUser       who pays, as the merchant knows them (an account id, not personal data)
 * @param amount        the amount, more than zero
 * @param description   shown to the payer
 * @param item          the items, a JSON array as text ({@code []} when none)
 * @param embedData     merchant data, a JSON object as text ({@code {}} when none)
 * @param bankCode      a bank or method to pre-select ({@code zalopayapp}, …), empty for ZaloPay's choice
 * @param callbackUrl   a callback URL overriding the one registered with ZaloPay
 */
public record ZalopayOrderRequest(String transIdSuffix, String appUser, Vnd amount, String description, String item,
        String embedData, String bankCode, Optional<String> callbackUrl) {

    /** Validates the components; rejects bad values with {@link GatewayError#BAD_REQUEST}. */
    public ZalopayOrderRequest {
        requireNonNull(transIdSuffix, "transIdSuffix == null");
        requireNonNull(appUser, "appUser == null");
        requireNonNull(amount, "amount == null");
        requireNonNull(description, "description == null");
        requireNonNull(item, "item == null");
        requireNonNull(embedData, "embedData == null");
        requireNonNull(bankCode, "bankCode == null");
        requireNonNull(callbackUrl, "callbackUrl == null");
        check(transIdSuffix.matches("[A-Za-z0-9_\\-]{1,33}"), "transIdSuffix must be 1-33 of A-Z a-z 0-9 _ -");
        check(!appUser.isBlank() && appUser.length() <= 50, "appUser must be 1-50 characters");
        check(amount.dong() > 0, "amount must be more than zero");
        check(!description.isBlank() && description.length() <= 256, "description must be 1-256 characters");
        check(item.startsWith("["), "item must be a JSON array");
        check(embedData.startsWith("{"), "embedData must be a JSON object");
    }

    /** A request with no items, no embedded data, ZaloPay's choice of method and the registered callback. */
    public static ZalopayOrderRequest of(String transIdSuffix, String appUser, Vnd amount, String description) {
        return new ZalopayOrderRequest(transIdSuffix, appUser, amount, description, "[]", "{}", "", Optional.empty());
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new RejectedException(GatewayError.BAD_REQUEST, message);
        }
    }

    /** The identifiers and the amount only: free text, URLs, user ids, tokens and MACs stay out, so it is safe to log. */
    @Override
    public String toString() {
        return "ZalopayOrderRequest[transIdSuffix=" + transIdSuffix + ", amount=" + amount + ", bankCode=" + bankCode + "]";
    }
}
