package vn.congdanso.identity.mrz;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.card.CitizenId;
import vn.congdanso.identity.card.Sex;

import static java.util.Objects.requireNonNull;

/**
 * The MRZ on the back of the Vietnamese chip ID card (TD1), interpreted: line 1 is {@code IDVNM},
 * the document number (the last 9 digits of the ID number) and its check digit, the full 12-digit
 * ID number, {@code <<} and the ID number's own check digit; the birth century comes from the ID
 * number's century digit; expiry {@code 991231} means the card does not expire.
 *
 * <p>{@link #parse(String)} throws like {@link Mrz#parse(String)}, and also
 * {@link MrzError#BAD_LINE_COUNT} for a two-line (TD3) text. Every other problem is collected in
 * {@link #errors()}: the generic ones of {@link Mrz#errors()}, plus {@link MrzError#BAD_DOCUMENT_CODE},
 * {@link MrzError#BAD_ID_NUMBER}, {@link MrzError#BAD_ID_NUMBER_CHECK}, {@link MrzError#ID_MISMATCH}.
 * The card's own rules apply only to the card's document code, {@code ID} issued by {@code VNM}
 * (see {@link #appliesTo(Mrz)}): then the document number and the ID number are numeric fields,
 * and OCR confusions in them are corrected when, and only when, their check digit fails as printed
 * and passes once corrected. Any other document is read by the generic rules and reported with
 * {@link MrzError#BAD_DOCUMENT_CODE}; its numbers are never changed.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows only the masked ID number and the errors.
 */
public final class VietnameseIdMrz {

    /** The expiry written on cards that do not expire. */
    public static final String NO_EXPIRY = "991231";

    private static final Logger LOG = LoggerFactory.getLogger(VietnameseIdMrz.class);
    private static final String PREFIX = "IDVNM";

    private final Mrz mrz;
    private final Optional<CitizenId> citizenId;
    private final Map<MrzCheck, Boolean> checks;
    private final List<MrzError> errors;

    private VietnameseIdMrz(Mrz mrz) {
        this.mrz = mrz;
        String line1 = mrz.lines().get(0);
        String idField = line1.substring(15, 27);
        this.citizenId = CitizenId.isValid(idField) ? Optional.of(CitizenId.parse(idField)) : Optional.empty();
        Map<MrzCheck, Boolean> all = new EnumMap<>(mrz.checks());
        all.put(MrzCheck.ID_NUMBER, line1.charAt(29) == CheckDigit.charOf(idField));
        this.checks = Collections.unmodifiableMap(all);
        this.errors = collectErrors(line1, idField);
    }

    /** Parses the three lines of {@code text}, separated by line breaks; see the class comment. */
    public static VietnameseIdMrz parse(String text) {
        requireNonNull(text, "text == null");
        MrzText lines = MrzText.read(text);
        if (lines.format() != MrzFormat.TD1) {
            throw RejectedException.atOffset(MrzError.BAD_LINE_COUNT,
                    "the Vietnamese ID card has a three-line (TD1) MRZ", text.length());
        }
        boolean idCard = PREFIX.equals(lines.substring(0, 0, PREFIX.length()));
        VietnameseIdMrz card = new VietnameseIdMrz(MrzReader.read(lines, idCard).toMrz());
        if (LOG.isDebugEnabled()) {
            LOG.debug("ID card MRZ of {} read, errors {}", card.citizenId.map(CitizenId::masked).orElse("(no ID number)"),
                    card.errors);
        }
        return card;
    }

    /**
     * Whether {@code mrz} is that of the Vietnamese chip ID card, so that {@link #parse(String)}
     * reads it by the card's rules: TD1, document code {@code ID}, issuing state {@code VNM}. Other
     * Vietnamese TD1 documents ({@code I}, {@code AC}…) are read by {@link Mrz} alone.
     */
    public static boolean appliesTo(Mrz mrz) {
        requireNonNull(mrz, "mrz == null");
        return mrz.format() == MrzFormat.TD1 && "ID".equals(mrz.documentCode()) && "VNM".equals(mrz.issuingState());
    }

    /** Parses the given three lines; see the class comment. */
    public static VietnameseIdMrz parse(List<String> lines) {
        requireNonNull(lines, "lines == null");
        return parse(String.join("\n", lines));
    }

    /** The MRZ as read by the generic rules. */
    public Mrz mrz() {
        return mrz;
    }

    /** The 12-digit ID number of line 1; empty when that field is not 12 digits. */
    public Optional<CitizenId> citizenId() {
        return citizenId;
    }

    /** The 9-digit document number. Personal data. */
    public String documentNumber() {
        return mrz.documentNumber();
    }

    /** The birth date, its century from the ID number; empty when either is unreadable or impossible. */
    public Optional<LocalDate> birthDate() {
        return citizenId.flatMap(id -> Mrz.date(mrz.birthDateText(), year -> year - 2000 + id.birthCentury()));
    }

    /** The sex; empty when unspecified. */
    public Optional<Sex> sex() {
        return mrz.sex();
    }

    /** Whether the card does not expire (expiry {@value #NO_EXPIRY}: holder over 60 at issue). */
    public boolean noExpiry() {
        return NO_EXPIRY.equals(mrz.expiryDateText());
    }

    /** The expiry date (cards are from 2016 on, so 20YY); empty when the card does not expire. */
    public Optional<LocalDate> expiryDate() {
        return noExpiry() ? Optional.empty() : Mrz.date(mrz.expiryDateText(), year -> year);
    }

    /** The surname. Personal data. */
    public String surname() {
        return mrz.surname();
    }

    /** The given names, separated by single spaces. Personal data. */
    public String givenNames() {
        return mrz.givenNames();
    }

    /** Each check digit's outcome, the ID number's included, in the order of {@link MrzCheck}. */
    public Map<MrzCheck, Boolean> checks() {
        return checks;
    }

    /** Every error found, in the order of {@link MrzError}; empty when valid. */
    public List<MrzError> errors() {
        return errors;
    }

    /** Whether no error was found. */
    public boolean valid() {
        return errors.isEmpty();
    }

    /** The OCR corrections applied, as warnings. */
    public List<OcrCorrection> corrections() {
        return mrz.corrections();
    }

    /** The chip access keys (Basic Access Control). */
    public ChipAccessKeys chipAccessKeys() {
        return mrz.chipAccessKeys();
    }

    /** The masked ID number and the errors only. */
    @Override
    public String toString() {
        return "VietnameseIdMrz[id=" + citizenId.map(CitizenId::masked).orElse("none") + ", errors=" + errors + "]";
    }

    private List<MrzError> collectErrors(String line1, String idField) {
        Set<MrzError> found = EnumSet.noneOf(MrzError.class);
        found.addAll(mrz.errors());
        if (!line1.startsWith(PREFIX)) {
            found.add(MrzError.BAD_DOCUMENT_CODE);
        }
        if (!checks.get(MrzCheck.ID_NUMBER)) {
            found.add(MrzError.BAD_ID_NUMBER_CHECK);
        }
        if (citizenId.isEmpty()) {
            found.add(MrzError.BAD_ID_NUMBER);
        } else if (birthDate().isEmpty() && !mrz.birthDateText().contains("<")) {
            found.add(MrzError.BAD_DATE);
        }
        if (!idField.substring(3).equals(mrz.documentNumberField())) {
            found.add(MrzError.ID_MISMATCH);
        }
        if (!noExpiry() && expiryDate().isEmpty()) {
            found.add(MrzError.BAD_DATE);
        }
        return List.copyOf(found);
    }
}
