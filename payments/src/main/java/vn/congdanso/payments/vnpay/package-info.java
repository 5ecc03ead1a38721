/**
 * The VNPay gateway: signed payment URLs, verification of return and IPN callbacks
 * (HMAC-SHA512, compared in constant time), and the query and refund API. Only the API client
 * needs the network.
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
package vn.congdanso.payments.vnpay;
