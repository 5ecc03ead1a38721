package vn.congdanso.core;

import static java.util.Objects.requireNonNull;

/**
 * The input was invalid, or a signature, checksum or token failed verification, or the remote
 * party refused the request as malformed. Never retry the same call: fix the input instead.
 */
public final class RejectedException extends CongDanSoException {

    private static final long serialVersionUID = 1L;

    /** A rejection without position, for whole values. */
    public RejectedException(ErrorCode code, String message) {
        super(code, message, -1, null, null);
    }

    /** A rejection caused by another failure (its message must be free of personal data too). */
    public RejectedException(ErrorCode code, String message, Throwable cause) {
        super(code, message, -1, null, cause);
    }

    private RejectedException(ErrorCode code, String message, int offset, RemoteDetails remote) {
        super(code, message, offset, remote, null);
    }

    /** A parse failure at the zero-based character {@code offset} of the input. */
    public static RejectedException atOffset(ErrorCode code, String message, int offset) {
        return new RejectedException(code, message, Math.max(0, offset), null);
    }

    /** A remote party refused the request (for example HTTP 4xx or a gateway error code). */
    public static RejectedException byRemote(ErrorCode code, String message, RemoteDetails remote) {
        return new RejectedException(code, message, -1, requireNonNull(remote, "remote == null"));
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
