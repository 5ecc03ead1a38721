package vn.congdanso.identity.chip;

/** How one step of passive authentication ended. */
public enum StepStatus {
    /** The check ran and held. */
    PASSED,
    /** The check ran and failed. */
    FAILED,
    /** The check could not run (an earlier step failed, or its input is absent). */
    SKIPPED
}
