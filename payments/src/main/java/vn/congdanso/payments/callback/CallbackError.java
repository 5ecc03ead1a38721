package vn.congdanso.payments.callback;

import vn.congdanso.core.ErrorCode;

/** Why the callback pipeline or one of its stores refused a request. */
public enum CallbackError implements ErrorCode {
    /** An order reference or amount given to a store was unusable (empty, too long, zero). */
    BAD_ORDER,
    /** {@link CallbackStore#createOrder} named a reference that already exists. */
    DUPLICATE_ORDER,
    /** The database failed or timed out; the operation changed nothing and may be retried. */
    STORE_UNAVAILABLE,
    /** The database behind a JDBC store is neither H2 nor PostgreSQL. */
    UNSUPPORTED_DATABASE,
    /** The store's schema is newer than this SDK, or a migration script could not be read. */
    UNSUPPORTED_SCHEMA;

    /** {@code "callback"}. */
    @Override
    public String namespace() {
        return "callback";
    }
}
