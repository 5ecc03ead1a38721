package vn.congdanso.identity.chip;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import vn.congdanso.identity.card.CitizenId;
import vn.congdanso.identity.card.Sex;

import static java.util.Objects.requireNonNull;

/**
 * The Vietnamese personal data of DG13: the values of each entry by index, exactly as read, and
 * typed views of the known indexes (1 ID number, 2 full name, 3 birth date {@code dd/MM/yyyy}, 4
 * sex, 5 nationality, 6 ethnicity, 7 religion, 8 hometown, 9 permanent residence, 10 identifying
 * marks, 11 issue date, 12 expiry date, 13 parents' names, 14 spouse, 15 old ID number). Unknown
 * indexes are kept in {@link #entries()}. Obtained from a card only through {@link VerifiedChip}.
 *
 * <p>Personal data throughout: {@link #toString()} shows only the masked ID number and the number
 * of entries.
 *
 * @param entries the values of each entry by index (an entry may hold several, like the parents')
 */
public record ChipPersonalData(SortedMap<Integer, List<String>> entries) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Copies the entries. */
    public ChipPersonalData {
        requireNonNull(entries, "entries == null");
        SortedMap<Integer, List<String>> copy = new TreeMap<>();
        entries.forEach((index, values) -> copy.put(index, List.copyOf(values)));
        entries = java.util.Collections.unmodifiableSortedMap(copy);
    }

    /** Entry 1 as an ID number, when it is 12 digits. */
    public Optional<CitizenId> citizenId() {
        return first(1).filter(CitizenId::isValid).map(CitizenId::parse);
    }

    /** Entry 2, the full name. */
    public Optional<String> fullName() {
        return first(2);
    }

    /** Entry 3, the birth date, when it is a real {@code dd/MM/yyyy} date. */
    public Optional<LocalDate> birthDate() {
        return first(3).flatMap(ChipPersonalData::date);
    }

    /** Entry 4, the sex: {@code Nam} is male, {@code Nữ} female. */
    public Optional<Sex> sex() {
        return first(4).map(ChipPersonalData::fold).flatMap(text -> switch (text) {
            case "nam", "m", "male" -> Optional.of(Sex.MALE);
            case "nu", "f", "female" -> Optional.of(Sex.FEMALE);
            default -> Optional.empty();
        });
    }

    /** Entry 5, the nationality. */
    public Optional<String> nationality() {
        return first(5);
    }

    /** Entry 6, the ethnicity. */
    public Optional<String> ethnicity() {
        return first(6);
    }

    /** Entry 7, the religion. */
    public Optional<String> religion() {
        return first(7);
    }

    /** Entry 8, the hometown. */
    public Optional<String> hometown() {
        return first(8);
    }

    /** Entry 9, the permanent residence. */
    public Optional<String> permanentResidence() {
        return first(9);
    }

    /** Entry 10, the identifying marks. */
    public Optional<String> identifyingMarks() {
        return first(10);
    }

    /** Entry 11, the issue date. */
    public Optional<LocalDate> issueDate() {
        return first(11).flatMap(ChipPersonalData::date);
    }

    /** Entry 12, the expiry date; empty when the card does not expire or the entry is absent (see {@link #entries()}). */
    public Optional<LocalDate> expiryDate() {
        return first(12).flatMap(ChipPersonalData::date);
    }

    /** The first value of entry 13, the father's name. */
    public Optional<String> fatherName() {
        return value(13, 0);
    }

    /** The second value of entry 13, the mother's name. */
    public Optional<String> motherName() {
        return value(13, 1);
    }

    /** Entry 14, the spouse's name. */
    public Optional<String> spouseName() {
        return first(14);
    }

    /** Entry 15, the old ID number. */
    public Optional<String> oldIdNumber() {
        return first(15);
    }

    /** The masked ID number and the number of entries only. */
    @Override
    public String toString() {
        return "ChipPersonalData[id=" + citizenId().map(CitizenId::masked).orElse("none") + ", " + entries.size() + " entries]";
    }

    private Optional<String> first(int index) {
        return value(index, 0);
    }

    private Optional<String> value(int index, int position) {
        List<String> values = entries.getOrDefault(index, List.of());
        return position < values.size() && !values.get(position).isBlank()
                ? Optional.of(values.get(position).strip()) : Optional.empty();
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text, DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.strip().toLowerCase(Locale.ROOT);
    }
}
