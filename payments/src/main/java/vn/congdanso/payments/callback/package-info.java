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
 */
package vn.congdanso.payments.callback;
