package vn.congdanso.identity.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.text.VietnameseText;

import static java.util.Objects.requireNonNull;

/**
 * Checks that several sources — the card QR, the MRZ, later the chip's DG1 and DG13 — describe
 * the same person: ID number, birth date, sex and name after ASCII folding (so {@code NGUYỄN VĂN A}
 * on the QR matches {@code NGUYEN<<VAN<A} in the MRZ). Every pair of sources is compared on every
 * field both carry. Pure and thread-safe.
 */
public final class IdentityConsistency {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityConsistency.class);
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Z0-9]+");

    private IdentityConsistency() {
    }

    /**
     * Compares the records pairwise; rejects fewer than two records with
     * {@link CoreError#BAD_ARGUMENT}.
     */
    public static ConsistencyResult check(List<PersonRecord> records) {
        requireNonNull(records, "records == null");
        if (records.size() < 2) {
            throw new RejectedException(CoreError.BAD_ARGUMENT, "a consistency check needs at least two records");
        }
        List<Disagreement> found = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            for (int j = i + 1; j < records.size(); j++) {
                compare(requireNonNull(records.get(i), "record == null"), requireNonNull(records.get(j), "record == null"), found);
            }
        }
        if (found.isEmpty()) {
            return new ConsistencyResult.Consistent();
        }
        LOG.debug("identity sources disagree: {}", found);
        return new ConsistencyResult.Inconsistent(found);
    }

    /** {@link #check(List)} of the given records. */
    public static ConsistencyResult check(PersonRecord first, PersonRecord second, PersonRecord... more) {
        requireNonNull(first, "first == null");
        requireNonNull(second, "second == null");
        requireNonNull(more, "more == null");
        List<PersonRecord> records = new ArrayList<>(List.of(first, second));
        records.addAll(List.of(more));
        return check(records);
    }

    /**
     * The name as compared: ASCII-folded, upper case, runs of anything but letters and digits as
     * one space.
     */
    public static String foldName(String name) {
        requireNonNull(name, "name == null");
        return NOT_ALPHANUMERIC.matcher(VietnameseText.foldToAscii(name).toUpperCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    private static void compare(PersonRecord a, PersonRecord b, List<Disagreement> found) {
        if (differ(a.citizenId(), b.citizenId())) {
            found.add(new Disagreement(Disagreement.Field.ID_NUMBER, a.source(), b.source()));
        }
        if (differ(a.birthDate(), b.birthDate())) {
            found.add(new Disagreement(Disagreement.Field.BIRTH_DATE, a.source(), b.source()));
        }
        if (differ(a.sex(), b.sex())) {
            found.add(new Disagreement(Disagreement.Field.SEX, a.source(), b.source()));
        }
        if (a.name().isPresent() && b.name().isPresent() && !sameName(a, b)) {
            found.add(new Disagreement(Disagreement.Field.NAME, a.source(), b.source()));
        }
    }

    private static <T> boolean differ(Optional<T> a, Optional<T> b) {
        return a.isPresent() && b.isPresent() && !a.get().equals(b.get());
    }

    private static boolean sameName(PersonRecord a, PersonRecord b) {
        String left = foldName(a.name().orElseThrow());
        String right = foldName(b.name().orElseThrow());
        return left.equals(right)
                || a.nameMayBeTruncated() && !left.isEmpty() && right.startsWith(left)
                || b.nameMayBeTruncated() && !right.isEmpty() && left.startsWith(right);
    }
}
