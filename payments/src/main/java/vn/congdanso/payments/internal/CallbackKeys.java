package vn.congdanso.payments.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.MerchantKeys;

import static java.util.Objects.requireNonNull;

/**
 * A verifier's view of a {@link MerchantKeys}: the keys of the merchant a callback names, as
 * {@link MacKeys}, derived once and reused while the source returns the same secrets. At most
 * {@value #MAX_MERCHANTS} merchants are cached; beyond that the cache starts again, so a flood of
 * merchant ids costs lookups, never memory. Thread-safe.
 */
public final class CallbackKeys {

    static final int MAX_MERCHANTS = 256;

    private final MerchantKeys source;
    private final Function<List<Secret>, MacKeys> derive;
    private final Map<String, Derived> cache = new ConcurrentHashMap<>();

    private record Derived(List<Secret> secrets, MacKeys keys) {
    }

    private CallbackKeys(MerchantKeys source, Function<List<Secret>, MacKeys> derive) {
        this.source = requireNonNull(source, "merchant keys == null");
        this.derive = derive;
    }

    /** HMAC-SHA256 keys from {@code source}. */
    public static CallbackKeys sha256(MerchantKeys source) {
        return new CallbackKeys(source, MacKeys::sha256);
    }

    /** HMAC-SHA512 keys from {@code source}. */
    public static CallbackKeys sha512(MerchantKeys source) {
        return new CallbackKeys(source, MacKeys::sha512);
    }

    /**
     * The active keys of {@code merchantId}.
     *
     * @throws RejectedException {@link GatewayError#MERCHANT_MISMATCH} when the source has none
     */
    public MacKeys of(String merchantId, String what) {
        List<Secret> secrets = source.keys(merchantId);
        if (secrets == null || secrets.isEmpty()) {
            throw new RejectedException(GatewayError.MERCHANT_MISMATCH, what + " names a merchant this app does not serve");
        }
        Derived cached = cache.get(merchantId);
        if (cached != null && cached.secrets().equals(secrets)) {
            return cached.keys();
        }
        MacKeys keys = derive.apply(List.copyOf(secrets));
        if (cache.size() >= MAX_MERCHANTS) {
            cache.clear();
        }
        cache.put(merchantId, new Derived(List.copyOf(secrets), keys));
        return keys;
    }

    /** The underlying source. */
    public MerchantKeys source() {
        return source;
    }

    @Override
    public String toString() {
        return "CallbackKeys[keys redacted]";
    }
}
