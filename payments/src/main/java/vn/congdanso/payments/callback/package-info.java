/**
 * Exactly-once effect on top of the gateways' at-least-once callbacks.
 *
 * <p>A {@link vn.congdanso.payments.callback.CallbackProcessor} takes a raw callback, verifies it
 * with the gateway's {@link vn.congdanso.payments.CallbackVerifier}, finds the order, checks the
 * amount and the order's state, moves the order atomically from PENDING to PAID or FAILED,
 * runs the app's {@link vn.congdanso.payments.callback.PaymentHandler} once per transition, and
 * returns the acknowledgement the gateway expects. Every delivery is audited, redacted. A
 * {@link vn.congdanso.payments.callback.Reconciler} settles orders whose callback never came by
 * asking the gateways' query APIs, through the same pipeline.
 *
 * <p>State lives in a {@link vn.congdanso.payments.callback.CallbackStore}:
 * {@link vn.congdanso.payments.callback.JdbcCallbackStore} for production (H2 and PostgreSQL,
 * correctness from the database, so several app instances may share it), or
 * {@link vn.congdanso.payments.callback.InMemoryCallbackStore} for tests and demos.
 *
 * <p>Contract, as in every exported package of the SDK: unless a method says otherwise, it throws
 * {@link NullPointerException} for a null argument, naming the argument ({@code "text == null"});
 * null is a programming error, never a data error. Every other failure is a
 * {@link vn.congdanso.core.CongDanSoException} with a stable, namespaced
 * {@link vn.congdanso.core.ErrorCode#id() code}: a {@link vn.congdanso.core.RejectedException}
 * for input that must not be retried as is, an {@link vn.congdanso.core.UnavailableException} for
 * a remote service or store that may be retried (the processor itself answers failures with an
 * outcome rather than throwing). An {@link IllegalStateException} means a broken platform
 * or jar (a JCA algorithm every Java platform provides, or a resource bundled in the jar, is
 * missing or unreadable), never bad input. Absent values are {@link java.util.Optional}, never
 * null. Values and configured objects are immutable and thread-safe; builders are not.
 */
package vn.congdanso.payments.callback;
