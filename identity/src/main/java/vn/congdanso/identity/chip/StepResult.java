package vn.congdanso.identity.chip;

import static java.util.Objects.requireNonNull;

/**
 * The outcome of one step. The detail is a short explanation free of personal data (algorithm
 * names, data-group numbers, certificate subjects of CSCAs and Document Signers).
 *
 * @param step the step
 * @param status how it ended
 * @param detail what was checked or why it failed
 */
public record StepResult(ChipStep step, StepStatus status, String detail) {

    /** Rejects nulls. */
    public StepResult {
        requireNonNull(step, "step == null");
        requireNonNull(status, "status == null");
        requireNonNull(detail, "detail == null");
    }

    /** A passed step. */
    public static StepResult passed(ChipStep step, String detail) {
        return new StepResult(step, StepStatus.PASSED, detail);
    }

    /** A failed step. */
    public static StepResult failed(ChipStep step, String detail) {
        return new StepResult(step, StepStatus.FAILED, detail);
    }

    /** A skipped step. */
    public static StepResult skipped(ChipStep step, String detail) {
        return new StepResult(step, StepStatus.SKIPPED, detail);
    }

    /** Whether the step failed. */
    public boolean failed() {
        return status == StepStatus.FAILED;
    }
}
