package vn.congdanso.core;

import java.util.Optional;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * The one unchecked exception every SDK call throws. It has exactly two branches, so that
 * callers can decide what to do without reading messages:
 * <ul>
 *   <li>{@link RejectedException}: the input was invalid or failed verification. Retrying the
 *       same call can never succeed.</li>
 *   <li>{@link UnavailableException}: a remote party or store could not serve the call right
 *       now. The same call may succeed later.</li>
 * </ul>
 * Every instance carries a stable {@link #code()}; parsers add the character {@link #offset()}
 * where the input went wrong; remote failures add {@link #remote()} details. Messages say what
 * was wrong and what was expected and never contain secrets or unmasked personal data.
 */
public abstract sealed class CongDanSoException extends RuntimeException
        permits RejectedException, UnavailableException {

    private static final long serialVersionUID = 1L;
    private static final int NO_OFFSET = -1;

    private final transient ErrorCode code;
    private final int offset;
    private final transient RemoteDetails remote;

    CongDanSoException(ErrorCode code, String message, int offset, RemoteDetails remote, Throwable cause) {
        super(requireNonNull(message, "message == null"), cause);
        this.code = requireNonNull(code, "code == null");
        this.offset = offset < 0 ? NO_OFFSET : offset;
        this.remote = remote;
    }

    /** The failure reason. */
    public ErrorCode code() {
        return code;
    }

    /** For parse failures, the zero-based character offset in the input where parsing failed. */
    public OptionalInt offset() {
        return offset == NO_OFFSET ? OptionalInt.empty() : OptionalInt.of(offset);
    }

    /** For failures of a remote call, what the remote party said. */
    public Optional<RemoteDetails> remote() {
        return Optional.ofNullable(remote);
    }

    /** Whether the same call may succeed if tried again later. */
    public abstract boolean retryable();

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(getClass().getSimpleName()).append('[').append(code.id());
        if (offset != NO_OFFSET) {
            text.append(" at ").append(offset);
        }
        return text.append("]: ").append(getMessage()).toString();
    }
}
