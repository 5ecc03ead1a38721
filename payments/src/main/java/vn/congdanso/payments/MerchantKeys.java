package vn.congdanso.payments;

import java.util.List;

import vn.congdanso.core.Secret;
import vn.congdanso.payments.internal.MacKeys;

import static java.util.Objects.requireNonNull;

/**
 * Where a {@link CallbackVerifier} finds the keys of the merchant a callback names, in the style
 * of a JWK source: one app may serve several merchants (terminals, partner codes, app ids), each
 * rotating its keys on its own schedule.
 *
 * <p>Implementations must be thread-safe and fast: a verifier calls {@link #keys(String)} once
 * per callback, before checking the signature. A verifier caches the derived MAC keys for as long
 * as the same {@link Secret} instances are returned, so return stable instances.
 */
@FunctionalInterface
public interface MerchantKeys {

    /**
     * The active keys of {@code merchantId}, the newest (signing) one first; every one is accepted
     * when verifying. Empty when the merchant is not one of ours: the verifier then rejects the
     * callback with {@link GatewayError#MERCHANT_MISMATCH}. Never null.
     *
     * @param merchantId the merchant the callback names (VNPay {@code vnp_TmnCode}, MoMo
     *                   {@code partnerCode}, ZaloPay {@code app_id}, payOS client id), not yet
     *                   verified
     */
    List<Secret> keys(String merchantId);

    /** The keys of one merchant: {@code newest} signs, {@code stillAccepted} verify during a rotation. */
    static MerchantKeys of(String merchantId, Secret newest, Secret... stillAccepted) {
        return of(merchantId, MacKeys.rotation(newest, stillAccepted));
    }

    /** The keys of one merchant, newest first; rejects an empty list or a blank id. */
    static MerchantKeys of(String merchantId, List<Secret> keys) {
        requireNonNull(merchantId, "merchantId == null");
        if (merchantId.isBlank()) {
            throw new IllegalArgumentException("merchantId is blank");
        }
        List<Secret> copy = List.copyOf(requireNonNull(keys, "keys == null"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a merchant needs at least one key");
        }
        return requested -> merchantId.equals(requested) ? copy : List.of();
    }
}
