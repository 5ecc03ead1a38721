package vn.congdanso.payments.vnpay;

import java.util.Optional;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.payments.CallbackAck;
import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.CallbackVerifier;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.GatewayError;
import vn.congdanso.payments.MerchantKeys;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.VerifiedCallback;
import vn.congdanso.payments.internal.CallbackKeys;
import vn.congdanso.payments.internal.MacKeys;

import static java.util.Objects.requireNonNull;

/**
 * Verifies VNPay's browser return and server-to-server IPN calls (API 2.1.0, both HTTP GET) into
 * a {@link VerifiedCallback}. The signed string is the canonical form of the parameters (hash
 * fields and empty values dropped, keys sorted, values form-encoded as {@code URLEncoder} does);
 * it is HMAC-SHA512'd under each active secret of the terminal the call names
 * ({@code vnp_TmnCode}, looked up in the {@link MerchantKeys}) and compared with
 * {@code vnp_SecureHash} in constant time, ignoring case. No other field is read before that
 * check passes. Thread-safe; build one and share it.
 *
 * <p>A raw query is first checked as it stands, minus its hash, since VNPay sends the canonical
 * form: a genuine call then costs one HMAC per active key. Only a query that fails that check is
 * decoded, canonicalised and checked again, so a forged or oddly re-encoded call costs two.
 *
 * <p>Status: {@code PAID} when {@code vnp_ResponseCode} and {@code vnp_TransactionStatus} are both
 * {@code 00}; {@code PENDING} when the transaction is not completed ({@code 01}) or held as
 * suspicious ({@code 07}); {@code FAILED} otherwise. Acknowledge with {@link #acknowledge}.
 */
public final class VnpayVerifier implements CallbackVerifier {

    private static final String WHAT = "VNPay call";

    private final CallbackKeys keys;

    private VnpayVerifier(MerchantKeys merchantKeys) {
        this.keys = CallbackKeys.sha512(merchantKeys);
    }

    /** A verifier whose terminals and hash secrets come from {@code merchantKeys} (keyed by {@code vnp_TmnCode}). */
    public static VnpayVerifier create(MerchantKeys merchantKeys) {
        return new VnpayVerifier(requireNonNull(merchantKeys, "merchantKeys == null"));
    }

    /** A verifier for {@code config}'s terminal and every one of its hash secrets. */
    public static VnpayVerifier create(VnpayConfig config) {
        return create(requireNonNull(config, "config == null").merchantKeys());
    }

    /** A verifier for one terminal, accepting {@code secret} and any others still active during a rotation. */
    public static VnpayVerifier of(String tmnCode, Secret secret, Secret... stillAccepted) {
        return create(MerchantKeys.of(tmnCode, MacKeys.rotation(secret, stillAccepted)));
    }

    @Override
    public Gateway gateway() {
        return Gateway.VNPAY;
    }

    /**
     * Verifies a return or IPN call: a GET whose query is VNPay's parameters as received.
     *
     * @throws RejectedException {@link GatewayError#MISSING_SIGNATURE} without a {@code vnp_SecureHash},
     *                           {@link GatewayError#BAD_SIGNATURE} when it does not match,
     *                           {@link GatewayError#MERCHANT_MISMATCH} for a terminal without keys,
     *                           {@link GatewayError#DUPLICATE_PARAMETER} when a key repeats,
     *                           {@link GatewayError#BAD_AMOUNT} for a zero amount,
     *                           {@link GatewayError#BAD_CALLBACK} for another method, bad
     *                           %-escapes, non-UTF-8 text, too many parameters or a missing or
     *                           malformed signed field
     */
    @Override
    public VerifiedCallback verify(RawCallback callback) {
        requireNonNull(callback, "callback == null");
        if (!"GET".equals(callback.method())) {
            throw new RejectedException(GatewayError.BAD_CALLBACK, "VNPay calls back with GET, not " + callback.method());
        }
        String raw = VnpayParameters.bareQuery(callback.query());
        Optional<ReceivedQuery> asReceived = ReceivedQuery.split(raw);
        if (asReceived.isPresent()) {
            ReceivedQuery query = asReceived.get();
            Optional<String> tmnCode = query.get("vnp_TmnCode");
            if (tmnCode.isPresent() && keys.of(tmnCode.get(), WHAT).matches(query.canonical(), query.hashView())) {
                return VnpayFields.read(query, tmnCode.get());
            }
        }
        return check(VnpayParameters.fromRawQuery(raw));
    }

    /**
     * VNPay's IPN answer (HTTP 200, JSON): {@code 00} applied, {@code 02} duplicate, {@code 01}
     * unknown order, {@code 04} amount mismatch, {@code 97} bad signature, {@code 99} otherwise
     * (VNPay retries the IPN until it gets {@code 00} or {@code 02}).
     */
    @Override
    public CallbackAck acknowledge(CallbackOutcome outcome) {
        return CallbackAck.json(VnpayIpnAck.of(outcome).body());
    }

    private VerifiedCallback check(SignedParameters parameters) {
        String received = parameters.secureHash().orElseThrow(() -> new RejectedException(
                GatewayError.MISSING_SIGNATURE, "VNPay call carries no vnp_SecureHash"));
        String tmnCode = parameters.get("vnp_TmnCode").orElseThrow(() -> new RejectedException(
                GatewayError.BAD_CALLBACK, "VNPay call lacks vnp_TmnCode"));
        if (!keys.of(tmnCode, WHAT).matches(parameters.canonical(), received)) {
            throw new RejectedException(GatewayError.BAD_SIGNATURE, "VNPay vnp_SecureHash does not verify");
        }
        return VnpayFields.read(parameters, tmnCode);
    }

    @Override
    public String toString() {
        return "VnpayVerifier[" + keys + "]";
    }
}
