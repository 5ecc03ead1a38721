package vn.congdanso.qr.procedure;

/** Where a dossier stands. */
public enum DossierState {
    /** Received, not yet being handled. */
    RECEIVED,
    /** Being handled. */
    IN_PROGRESS,
    /** Waiting for the applicant to supplement it. */
    AWAITING_SUPPLEMENT,
    /** Done; the result is ready or has been returned. */
    COMPLETED,
    /** Refused, with reasons given to the applicant. */
    REJECTED,
    /** Withdrawn by the applicant. */
    WITHDRAWN
}
