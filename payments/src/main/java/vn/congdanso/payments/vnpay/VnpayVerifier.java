package vn.congdanso.payments.vnpay;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.core.crypto.ConstantTime;
import vn.congdanso.core.crypto.Hmac;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.internal.MacKeys;

import static java.util.Objects.requireNonNull;

/**
 * Verifies VNPay's browser return and server-to-server IPN calls (API 2.1.0) into a
 * {@link VnpayCallback}. The signed string is the canonical form of the parameters (hash fields
 * and empty values dropped, keys sorted, values form-encoded as {@code URLEncoder} does); it is
 * HMAC-SHA512'd under each active secret and compared with {@code vnp_SecureHash} in constant
 * time, ignoring case. No field is read before that check passes. Thread-safe; build one and
 * share it.
 *
 * <p>A raw query is first checked as it stands, minus its hash, since VNPay sends the canonical
 * form: a genuine call then costs one HMAC. Only a query that fails that check is decoded,
 * canonicalised and checked again, so a forged or oddly re-encoded call costs two.
 */
public final class VnpayVerifier {

    private final Hmac[] hmacs;

    private VnpayVerifier(List<Secret> secrets) {
        this.hmacs = secrets.stream().map(Hmac::sha512).toArray(Hmac[]::new);
    }

    /** A verifier accepting every hash secret of {@code config}. */
    public static VnpayVerifier create(VnpayConfig config) {
        requireNonNull(config, "config == null");
        return new VnpayVerifier(config.hashSecrets());
    }

    /** A verifier accepting {@code secret} and any others still active during a rotation. */
    public static VnpayVerifier of(Secret secret, Secret... stillAccepted) {
        return new VnpayVerifier(MacKeys.rotation(secret, stillAccepted));
    }

    /**
     * Verifies the raw query string of a return or IPN call, as it arrived ({@code a=1&b=2}, with
     * or without a leading {@code ?}, or the whole URL). The query is first checked as it stands
     * (VNPay sends the canonical form, so a genuine call costs one HMAC); one that does not verify
     * so is decoded, canonicalised and checked again before it is rejected.
     *
     * @throws RejectedException {@link GatewayError#MISSING_SIGNATURE} without a {@code vnp_SecureHash},
     *                           {@link GatewayError#BAD_SIGNATURE} when it does not match,
     *                           {@link GatewayError#DUPLICATE_PARAMETER} when a key repeats,
     *                           {@link GatewayError#BAD_CALLBACK} for bad %-escapes, non-UTF-8
     *                           text, too many parameters or a missing or malformed signed field
     */
    public VnpayCallback verify(String queryOrUrl) {
        requireNonNull(queryOrUrl, "queryOrUrl == null");
        String raw = VnpayParameters.bareQuery(queryOrUrl);
        Optional<ReceivedQuery> asReceived = ReceivedQuery.split(raw);
        if (asReceived.isPresent() && matchesAny(asReceived.get().canonical(), asReceived.get().hashView())) {
            return VnpayCallback.from(asReceived.get());
        }
        return check(VnpayParameters.fromRawQuery(raw));
    }

    /**
     * Verifies decoded parameters, one value per key (a framework's query map).
     *
     * @throws RejectedException as {@link #verify(String)}
     */
    public VnpayCallback verify(Map<String, String> parameters) {
        requireNonNull(parameters, "parameters == null");
        return check(VnpayParameters.fromMap(parameters));
    }

    /**
     * Verifies decoded parameters with every value of each key (a servlet's parameter map);
     * a key with several values is rejected as {@link GatewayError#DUPLICATE_PARAMETER}.
     *
     * @throws RejectedException as {@link #verify(String)}
     */
    public VnpayCallback verifyMultiValued(Map<String, ? extends Collection<String>> parameters) {
        requireNonNull(parameters, "parameters == null");
        return check(VnpayParameters.fromMultiMap(parameters));
    }

    private VnpayCallback check(SignedParameters parameters) {
        String received = parameters.secureHash().orElseThrow(() -> new RejectedException(
                GatewayError.MISSING_SIGNATURE, "VNPay call carries no vnp_SecureHash"));
        if (!matchesAny(parameters.canonical(), received)) {
            throw new RejectedException(GatewayError.BAD_SIGNATURE, "VNPay vnp_SecureHash does not verify");
        }
        return VnpayCallback.from(parameters);
    }

    private boolean matchesAny(byte[] canonical, CharSequence received) {
        boolean matched = false;
        for (Hmac hmac : hmacs) {
            matched |= ConstantTime.matchesHex(hmac.sign(canonical), received);
        }
        return matched;
    }

    @Override
    public String toString() {
        return "VnpayVerifier[" + hmacs.length + " secret(s) redacted]";
    }
}
