package vn.congdanso.identity.chip;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * The result of {@link PassiveAuthenticator#verify}: the verdict, each step's outcome, and — only
 * when the verdict is {@link ChipVerdict#VALID} or {@link ChipVerdict#VALID_UNTRUSTED_CHAIN} — the
 * {@link VerifiedChip} carrying the parsed data groups. Immutable and thread-safe;
 * {@link #toString()} holds no personal data.
 */
public final class ChipVerification {

    private final ChipVerdict verdict;
    private final List<StepResult> steps;
    private final List<Integer> mismatchedDataGroups;
    private final Optional<X509Certificate> documentSigner;
    private final Optional<VerifiedChip> verified;

    ChipVerification(ChipVerdict verdict, List<StepResult> steps, List<Integer> mismatchedDataGroups,
            Optional<X509Certificate> documentSigner, Optional<VerifiedChip> verified) {
        this.verdict = requireNonNull(verdict, "verdict == null");
        this.steps = List.copyOf(steps);
        this.mismatchedDataGroups = List.copyOf(mismatchedDataGroups);
        this.documentSigner = requireNonNull(documentSigner, "documentSigner == null");
        this.verified = requireNonNull(verified, "verified == null");
    }

    /** The overall verdict. */
    public ChipVerdict verdict() {
        return verdict;
    }

    /** Each step's outcome, in the order of {@link ChipStep}. */
    public List<StepResult> steps() {
        return steps;
    }

    /** The outcome of {@code step}. */
    public StepResult step(ChipStep step) {
        return steps.stream().filter(result -> result.step() == step).findFirst().orElseThrow();
    }

    /** For {@link ChipVerdict#HASH_MISMATCH}, the data groups that do not match or are not listed in the SOD. */
    public List<Integer> mismatchedDataGroups() {
        return mismatchedDataGroups;
    }

    /** The Document Signer certificate, when EF.SOD could be parsed; not verified unless the verdict says so. */
    public Optional<X509Certificate> documentSigner() {
        return documentSigner;
    }

    /** The verified data: present exactly when {@link ChipVerdict#dataIntact()}. */
    public Optional<VerifiedChip> verified() {
        return verified;
    }

    /** The verdict and the failed steps. */
    @Override
    public String toString() {
        String failed = steps.stream().filter(StepResult::failed).map(step -> step.step().name()).collect(Collectors.joining(", "));
        return "ChipVerification[" + verdict + (failed.isEmpty() ? "" : ", failed " + failed) + "]";
    }
}
