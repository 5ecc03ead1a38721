package vn.congdanso.core;

import java.util.Optional;
import java.util.OptionalInt;

import vn.congdanso.core.privacy.Redactor;

import static java.util.Objects.requireNonNull;

/**
 * The one unchecked exception every SDK call throws. It has exactly three branches, so that
 * callers can decide what to do without reading messages:
 * <ul>
 *   <li>{@link RejectedException}: the input was invalid or failed verification, or the remote
 *       party refused it. Retrying the same call can never succeed.</li>
 *   <li>{@link UnavailableException}: a remote party or store could not serve the call right
 *       now. The same call may succeed later.</li>
 *   <li>{@link MisconfiguredException}: the SDK is set up wrongly on this machine (a programming
 *       or deployment error). Retrying cannot help; the message says what to change.</li>
 * </ul>
 * Every instance carries a stable {@link #code()}; parsers add the character {@link #offset()}
 * where the input went wrong; remote failures add {@link #remote()} details. Messages say what
 * was wrong and what was expected.
 *
 * <p>Personal data and secrets stay out structurally: the message is passed through
 * {@link Redactor#redactFields(CharSequence)} at construction (every run of eight or more digits
 * masked, values of sensitive {@code key=value} and JSON fields hidden), and a cause that is not
 * itself an SDK exception is replaced by a stand-in that keeps its class name and stack trace but
 * redacts its message (and those of its own causes and suppressed exceptions): file paths lose
 * their directories and their digits, quoted values are hidden. Callers should therefore rely on
 * {@link #code()}, never on the type of {@link #getCause()}.
 */
public abstract sealed class CongDanSoException extends RuntimeException
        permits RejectedException, UnavailableException, MisconfiguredException {

    private static final long serialVersionUID = 1L;
    private static final int NO_OFFSET = -1;

    private final transient ErrorCode code;
    private final int offset;
    private final transient RemoteDetails remote;

    CongDanSoException(ErrorCode code, String message, int offset, RemoteDetails remote, Throwable cause) {
        super(Redactor.redactFields(requireNonNull(message, "message == null")), RedactedCause.of(cause));
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
