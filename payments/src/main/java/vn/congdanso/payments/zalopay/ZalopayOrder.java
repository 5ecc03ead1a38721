package vn.congdanso.payments.zalopay;

import java.util.Optional;

import vn.congdanso.core.Vnd;

import static java.util.Objects.requireNonNull;

/**
 * A signed ZaloPay order, every field as it goes on the wire.
 *
 * @param appId       the app id
 * @param appTransId  {@code yyMMdd_suffix}, the date in GMT+7
 * @param appUser     the payer as the merchant knows them
 * @param amount      the amount
 * @param appTime     the creation time in epoch milliseconds
 * @param embedData   merchant data (JSON text)
 * @param item        items (JSON text)
 * @param description shown to the payer
 * @param bankCode    pre-selected method, possibly empty
 * @param callbackUrl callback override
 * @param mac         HMAC-SHA256(key1, app_id|app_trans_id|app_user|amount|app_time|embed_data|item)
 */
public record ZalopayOrder(String appId, String appTransId, String appUser, Vnd amount, long appTime, String embedData,
        String item, String description, String bankCode, Optional<String> callbackUrl, String mac) {

    /** Validates the components. */
    public ZalopayOrder {
        requireNonNull(appId, "appId == null");
        requireNonNull(appTransId, "appTransId == null");
        requireNonNull(appUser, "appUser == null");
        requireNonNull(amount, "amount == null");
        requireNonNull(embedData, "embedData == null");
        requireNonNull(item, "item == null");
        requireNonNull(description, "description == null");
        requireNonNull(bankCode, "bankCode == null");
        requireNonNull(callbackUrl, "callbackUrl == null");
        requireNonNull(mac, "mac == null");
    }

    /** The identifiers and the amount only: free text, URLs, user ids, tokens and MACs stay out, so it is safe to log. */
    @Override
    public String toString() {
        return "ZalopayOrder[appId=" + appId + ", appTransId=" + appTransId + ", amount=" + amount + "]";
    }
}
