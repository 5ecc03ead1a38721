package vn.congdanso.core;

/**
 * The SDK cannot work as set up on this machine: a programming or deployment error on the
 * caller's side, not bad input and not a remote failure. Examples: a result type in a package
 * that is not opened to Jackson on the module path, a type Jackson cannot construct. The message
 * says what to change. Never retry: the same call fails the same way until the setup is fixed.
 */
public final class MisconfiguredException extends CongDanSoException {

    private static final long serialVersionUID = 1L;

    /** A setup error, with the failure that revealed it. */
    public MisconfiguredException(ErrorCode code, String message, Throwable cause) {
        super(code, message, -1, null, cause);
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
