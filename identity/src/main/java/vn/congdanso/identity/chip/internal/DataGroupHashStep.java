package vn.congdanso.identity.chip.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

import vn.congdanso.core.crypto.ConstantTime;
import vn.congdanso.identity.chip.ChipStep;
import vn.congdanso.identity.chip.StepResult;

/**
 * Every provided data group hashes, with the LDS Security Object's algorithm, to the value the SOD
 * lists for it (compared in constant time). A provided data group the SOD does not list fails too.
 */
public final class DataGroupHashStep {

    private DataGroupHashStep() {
    }

    /**
     * The step's result and the numbers of the data groups that failed.
     *
     * @param result the step's result
     * @param mismatched the failing data-group numbers, ascending
     */
    public record Outcome(StepResult result, List<Integer> mismatched) {

        /** Copies the list. */
        public Outcome {
            mismatched = List.copyOf(mismatched);
        }
    }

    /** Checks {@code dataGroups} (file contents by number) against {@code sod}. */
    public static Outcome check(Sod sod, SortedMap<Integer, byte[]> dataGroups) {
        if (dataGroups.isEmpty()) {
            return new Outcome(StepResult.skipped(ChipStep.DATA_GROUP_HASHES, "no data group provided"), List.of());
        }
        List<Integer> mismatched = new ArrayList<>();
        List<Integer> unlisted = new ArrayList<>();
        for (Map.Entry<Integer, byte[]> group : dataGroups.entrySet()) {
            byte[] expected = sod.hashes().get(group.getKey());
            if (expected == null) {
                unlisted.add(group.getKey());
            } else if (!ConstantTime.equals(expected, Algorithms.digest(sod.hashAlgorithm(), group.getValue()))) {
                mismatched.add(group.getKey());
            }
        }
        String algorithm = sod.hashAlgorithmName();
        if (mismatched.isEmpty() && unlisted.isEmpty()) {
            return new Outcome(StepResult.passed(ChipStep.DATA_GROUP_HASHES,
                    names(List.copyOf(dataGroups.keySet())) + " match their " + algorithm + " hashes"), List.of());
        }
        List<Integer> failed = new ArrayList<>(mismatched);
        failed.addAll(unlisted);
        failed.sort(null);
        return new Outcome(StepResult.failed(ChipStep.DATA_GROUP_HASHES, describe(mismatched, unlisted, algorithm)), failed);
    }

    private static String describe(List<Integer> mismatched, List<Integer> unlisted, String algorithm) {
        List<String> parts = new ArrayList<>();
        if (!mismatched.isEmpty()) {
            parts.add(names(mismatched) + " do not match their " + algorithm + " hashes");
        }
        if (!unlisted.isEmpty()) {
            parts.add(names(unlisted) + " not listed in the SOD");
        }
        return String.join("; ", parts);
    }

    private static String names(List<Integer> numbers) {
        return numbers.stream().map(n -> "DG" + n).collect(Collectors.joining(", "));
    }
}
