/**
 * What every gateway adapter shares: one {@link vn.congdanso.payments.CallbackVerifier}
 * capability that turns a {@link vn.congdanso.payments.RawCallback} into a
 * {@link vn.congdanso.payments.VerifiedCallback} (or throws), keys per merchant from a
 * {@link vn.congdanso.payments.MerchantKeys}, and the gateway's acknowledgement for each
 * {@link vn.congdanso.payments.CallbackOutcome}.
 *
 * <h2>One policy for malformed input</h2>
 * <ul>
 *   <li>A callback the gateway (or anyone) sends us that is malformed, unsigned, badly signed,
 *       names another merchant or cannot be a payment is a
 *       {@link vn.congdanso.core.RejectedException} with a {@code payments.*} code
 *       ({@code BAD_CALLBACK}, {@code MISSING_SIGNATURE}, {@code BAD_SIGNATURE},
 *       {@code MERCHANT_MISMATCH}, {@code BAD_AMOUNT}, {@code UNSUPPORTED_CALLBACK},
 *       {@code DUPLICATE_PARAMETER}): never retried, answered with the gateway's refusal.</li>
 *   <li>An answer to a call the SDK made (create, query, refund, get, cancel) that is malformed is
 *       a {@link vn.congdanso.core.UnavailableException} {@code core.BAD_RESPONSE}: the remote
 *       side misbehaved, so the call may be retried later. A gateway error code is
 *       {@code payments.GATEWAY_REJECTED} or, for the codes that mean "later",
 *       {@code payments.GATEWAY_UNAVAILABLE}. An answer whose signature does not verify is
 *       {@code payments.BAD_SIGNATURE}, as for callbacks.</li>
 * </ul>
 *
 * <h2>Offline use</h2>
 * VietQR, request signing and callback verification need no HTTP client. The gateway API
 * clients ({@code VnpayClient}, {@code MomoClient}, {@code ZalopayClient}, {@code PayosClient})
 * need the {@code congdanso-http} artifact (module {@code vn.congdanso.http}, OkHttp) on the
 * class or module path; it is an optional dependency of {@code congdanso-payments}, so an app
 * that calls the gateways declares it.
 */
package vn.congdanso.payments;
