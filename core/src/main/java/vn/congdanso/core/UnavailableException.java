package vn.congdanso.core;

import java.util.Objects;

/**
 * A remote party or a store could not serve the call now: it could not be reached, timed out,
 * answered with a server error or with something unreadable. The same call may succeed later;
 * the SDK has already applied its own retry policy where the call was safe to repeat.
 */
public final class UnavailableException extends CongDanSoException {

    private static final long serialVersionUID = 1L;

    /** An unavailability without remote details (a store, a local resource). */
    public UnavailableException(ErrorCode code, String message, Throwable cause) {
        super(code, message, -1, null, cause);
    }

    /** A failed remote call. */
    public UnavailableException(ErrorCode code, String message, RemoteDetails remote, Throwable cause) {
        super(code, message, -1, Objects.requireNonNull(remote, "remote == null"), cause);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
