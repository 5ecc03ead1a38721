package vn.congdanso.identity.consistency;

import java.util.List;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/** The outcome of {@link IdentityConsistency#check}: the sources agree, or here is where they do not. */
public sealed interface ConsistencyResult {

    /** Every disagreement found; empty when consistent. */
    List<Disagreement> disagreements();

    /** Every source agreed on every field that two of them carry. */
    record Consistent() implements ConsistencyResult {

        @Override
        public List<Disagreement> disagreements() {
            return List.of();
        }
    }

    /**
     * At least two sources disagree.
     *
     * @param disagreements every disagreement, by pair of sources in the order given, then by field
     */
    record Inconsistent(List<Disagreement> disagreements) implements ConsistencyResult {

        /** Copies the list; rejects an empty one with {@link CoreError#BAD_ARGUMENT}. */
        public Inconsistent {
            requireNonNull(disagreements, "disagreements == null");
            if (disagreements.isEmpty()) {
                throw new RejectedException(CoreError.BAD_ARGUMENT, "an inconsistent result has at least one disagreement");
            }
            disagreements = List.copyOf(disagreements);
        }
    }
}
