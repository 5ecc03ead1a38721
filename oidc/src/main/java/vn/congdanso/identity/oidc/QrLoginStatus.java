package vn.congdanso.identity.oidc;

/** Where a QR login stands. {@link #APPROVED}, {@link #DENIED} and {@link #EXPIRED} are final. */
public enum QrLoginStatus {
    /** The QR is shown; nobody has scanned it yet. */
    CREATED,
    /** The citizen scanned it with the VNeID app and has not yet answered. */
    SCANNED,
    /** The citizen approved the sign-in in the app. */
    APPROVED,
    /** The citizen refused the sign-in in the app. */
    DENIED,
    /** The QR's lifetime ended before an answer. */
    EXPIRED;

    /** Whether no further transition is possible. */
    public boolean isFinal() {
        return this == APPROVED || this == DENIED || this == EXPIRED;
    }

    /** Whether a session in this state may move to {@code next}. */
    public boolean mayBecome(QrLoginStatus next) {
        return switch (this) {
            case CREATED -> next != CREATED;
            case SCANNED -> next.isFinal();
            case APPROVED, DENIED, EXPIRED -> false;
        };
    }
}
