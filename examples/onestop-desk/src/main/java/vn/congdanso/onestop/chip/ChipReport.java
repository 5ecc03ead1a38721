package vn.congdanso.onestop.chip;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.congdanso.identity.card.CitizenId;
import vn.congdanso.identity.chip.ChipPersonalData;
import vn.congdanso.identity.chip.ChipVerdict;
import vn.congdanso.identity.chip.ChipVerification;
import vn.congdanso.identity.chip.StepResult;
import vn.congdanso.identity.chip.StepStatus;
import vn.congdanso.identity.chip.VerifiedChip;
import vn.congdanso.identity.mrz.VietnameseIdMrz;

/**
 * What the chip page shows of a {@link ChipVerification}: the verdict, one row per step, and the
 * verified holder masked (each word of the name reduced to its initial, the ID number to its last
 * four digits). Nothing of the holder is shown unless the data is intact.
 *
 * @param verdict    the overall verdict
 * @param steps      each step, in order
 * @param mismatched the data groups whose hashes do not match
 * @param holder     the verified holder, masked, when the data is intact
 */
record ChipReport(ChipVerdict verdict, List<Row> steps, List<Integer> mismatched, Optional<Holder> holder) {

    private static final Pattern CODE = Pattern.compile("^([a-z]+\\.[A-Z_]+):");

    /**
     * One step.
     *
     * @param step   the step's name ({@link vn.congdanso.identity.chip.ChipStep})
     * @param status passed, failed or skipped
     * @param detail the SDK's explanation (free of personal data)
     * @param code   for a failed step, the SDK's error code ({@code chip.BAD_ASN1}) when the step names one, else
     *               the {@link ChipVerdict} the failure leads to ({@code HASH_MISMATCH})
     */
    record Row(String step, StepStatus status, String detail, Optional<String> code) {
    }

    /**
     * The verified holder, masked.
     *
     * @param name     the name, each word reduced to its initial
     * @param idNumber the ID number masked but its last four digits
     */
    record Holder(String name, String idNumber) {
    }

    static ChipReport of(ChipVerification verification) {
        List<Row> rows = verification.steps().stream().map(step -> row(step, verification.verdict())).toList();
        return new ChipReport(verification.verdict(), rows, verification.mismatchedDataGroups(),
                verification.verified().flatMap(ChipReport::holder));
    }

    private static Row row(StepResult step, ChipVerdict verdict) {
        Optional<String> code = Optional.empty();
        if (step.failed()) {
            Matcher named = CODE.matcher(step.detail());
            code = Optional.of(named.find() ? named.group(1) : verdict.name());
        }
        return new Row(step.step().name(), step.status(), step.detail(), code);
    }

    private static Optional<Holder> holder(VerifiedChip chip) {
        Optional<ChipPersonalData> dg13 = chip.dg13();
        Optional<String> name = dg13.flatMap(ChipPersonalData::fullName)
                .or(() -> chip.dg1VietnameseId().map(mrz -> mrz.surname() + " " + mrz.givenNames()));
        Optional<CitizenId> id = dg13.flatMap(ChipPersonalData::citizenId)
                .or(() -> chip.dg1VietnameseId().flatMap(VietnameseIdMrz::citizenId));
        if (name.isEmpty() && id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Holder(name.map(ChipReport::maskName).filter(masked -> !masked.isEmpty()).orElse("—"),
                id.map(CitizenId::masked).orElse("—")));
    }

    /** {@code Nguyễn Văn A} → {@code N***** V** A}; a blank name → an empty string. */
    static String maskName(String name) {
        StringBuilder masked = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!masked.isEmpty()) {
                masked.append(' ');
            }
            int first = word.offsetByCodePoints(0, 1);
            masked.append(word, 0, first).append("*".repeat(word.codePointCount(first, word.length())));
        }
        return masked.toString();
    }
}
