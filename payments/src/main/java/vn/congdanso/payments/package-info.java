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
 *
 * <p>Contract, as in every exported package of the SDK: unless a method says otherwise, it throws
 * {@link NullPointerException} for a null argument, naming the argument ({@code "text == null"});
 * null is a programming error, never a data error. Every other failure is a
 * {@link vn.congdanso.core.CongDanSoException} with a stable, namespaced
 * {@link vn.congdanso.core.ErrorCode#id() code}: a {@link vn.congdanso.core.RejectedException}
 * for input that must not be retried as is, an {@link vn.congdanso.core.UnavailableException} for
 * a remote service that may be retried. An {@link IllegalStateException} means a broken platform
 * or jar (a JCA algorithm every Java platform provides, or a resource bundled in the jar, is
 * missing or unreadable), never bad input. Absent values are {@link java.util.Optional}, never
 * null. Values and configured objects are immutable and thread-safe; builders are not.
 */
package vn.congdanso.payments;
