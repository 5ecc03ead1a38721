package vn.congdanso.identity.card;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.text.VietnameseText;
import vn.congdanso.core.time.VnTime;

import static java.util.Objects.requireNonNull;

/**
 * The text of the QR code printed on the chip ID card: {@code ID number|old ID number|full
 * name|birth date ddMMyyyy|Nam or Nữ|permanent address|issue date ddMMyyyy}, optionally followed
 * by more fields (kept raw) and a trailing {@code |} (ignored).
 *
 * <p>{@link #parse(String)} rejects, with a {@link RejectedException} carrying the offset: fewer
 * than seven fields ({@link CardError#BAD_FIELD_COUNT}); an ID number that is not 12 digits
 * ({@link CardError#BAD_ID_NUMBER}); an old number neither empty nor 9 digits
 * ({@link CardError#BAD_OLD_ID_NUMBER}); a blank name ({@link CardError#BAD_NAME}); a sex other
 * than Nam/Nữ in any case ({@link CardError#BAD_SEX}); a blank address
 * ({@link CardError#BAD_ADDRESS}); an impossible birth or issue date
 * ({@link CardError#BAD_DATE}); more than {@value #MAX_LENGTH} characters
 * ({@link CardError#TOO_LONG}). Fields are checked from left to right; the first failure wins.
 * The printed data is authoritative: an ID number whose digits contradict the sex or birth year,
 * or whose province code is unknown, is accepted with {@link #warnings()}.
 *
 * <p>Immutable and thread-safe. Text fields are in Unicode NFC whatever form the scanner
 * delivered. {@link #toString()} shows only the masked ID number and the warnings, never the
 * name, dates or address.
 */
public final class CitizenCardQr {

    /** The longest text accepted. */
    public static final int MAX_LENGTH = 2048;

    private static final Logger LOG = LoggerFactory.getLogger(CitizenCardQr.class);
    private static final int KNOWN_FIELDS = 7;
    private static final int OLD_ID_LENGTH = 9;

    private final CitizenId citizenId;
    private final Optional<String> oldIdNumber;
    private final String fullName;
    private final LocalDate birthDate;
    private final Sex sex;
    private final String sexText;
    private final String address;
    private final LocalDate issueDate;
    private final List<String> extraFields;
    private final List<CardWarning> warnings;

    private CitizenCardQr(Fields fields) {
        this.citizenId = parseCitizenId(fields);
        this.oldIdNumber = parseOldId(fields);
        this.fullName = required(fields, 2, CardError.BAD_NAME, "full name");
        this.birthDate = date(fields, 3);
        this.sexText = VietnameseText.nfc(fields.value(4));
        this.sex = parseSex(fields);
        this.address = required(fields, 5, CardError.BAD_ADDRESS, "address");
        this.issueDate = date(fields, 6);
        this.extraFields = fields.values().subList(KNOWN_FIELDS, fields.size()).stream().map(VietnameseText::nfc).toList();
        this.warnings = checkNumber();
    }

    /** Parses the QR text; see the class comment for what is rejected. */
    public static CitizenCardQr parse(String text) {
        requireNonNull(text, "text == null");
        if (text.length() > MAX_LENGTH) {
            throw RejectedException.atOffset(CardError.TOO_LONG,
                    "a card QR text has at most " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        Fields fields = Fields.split(text);
        if (fields.size() < KNOWN_FIELDS) {
            throw RejectedException.atOffset(CardError.BAD_FIELD_COUNT,
                    "a card QR text has 7 fields separated by |, got " + fields.size(), text.length());
        }
        CitizenCardQr card = new CitizenCardQr(fields);
        if (LOG.isDebugEnabled()) {
            LOG.debug("card QR of {} parsed, warnings {}", card.citizenId.masked(), card.warnings);
        }
        return card;
    }

    /** The 12-digit ID number. */
    public CitizenId citizenId() {
        return citizenId;
    }

    /** The 9-digit number of the old ID card (CMND), when the card carries one. */
    public Optional<String> oldIdNumber() {
        return oldIdNumber;
    }

    /** The full name as printed, in NFC. Personal data. */
    public String fullName() {
        return fullName;
    }

    /** The birth date. */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** The sex from the sex field. */
    public Sex sex() {
        return sex;
    }

    /** The sex field as printed ({@code Nam} or {@code Nữ}), in NFC. */
    public String sexText() {
        return sexText;
    }

    /** The permanent address as printed, in NFC. Personal data. */
    public String address() {
        return address;
    }

    /** The card's issue date. */
    public LocalDate issueDate() {
        return issueDate;
    }

    /** Fields beyond the seventh (newer cards), raw but in NFC; a trailing empty field is dropped. */
    public List<String> extraFields() {
        return extraFields;
    }

    /** The warnings, in declaration order of {@link CardWarning}; empty for a clean card. */
    public List<CardWarning> warnings() {
        return warnings;
    }

    /** The text this card's QR encodes, in NFC, without a trailing {@code |}. Personal data. */
    public String toPayload() {
        List<String> out = new ArrayList<>(List.of(citizenId.digits(), oldIdNumber.orElse(""), fullName,
                VnTime.formatDate(birthDate), sexText, address, VnTime.formatDate(issueDate)));
        out.addAll(extraFields);
        return String.join("|", out);
    }

    /** The masked ID number and the warnings only. */
    @Override
    public String toString() {
        return "CitizenCardQr[id=" + citizenId.masked() + ", warnings=" + warnings + "]";
    }

    private static CitizenId parseCitizenId(Fields fields) {
        try {
            return CitizenId.parse(fields.value(0));
        } catch (RejectedException e) {
            throw RejectedException.atOffset(e.code(), e.getMessage(), fields.start(0) + e.offset().orElse(0));
        }
    }

    private static Optional<String> parseOldId(Fields fields) {
        String old = fields.value(1);
        if (old.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < old.length(); i++) {
            if (old.charAt(i) < '0' || old.charAt(i) > '9') {
                throw RejectedException.atOffset(CardError.BAD_OLD_ID_NUMBER, "an old ID number has only digits", fields.start(1) + i);
            }
        }
        if (old.length() != OLD_ID_LENGTH) {
            throw RejectedException.atOffset(CardError.BAD_OLD_ID_NUMBER,
                    "an old ID number has 9 digits, got " + old.length(), fields.start(1));
        }
        return Optional.of(old);
    }

    private static String required(Fields fields, int index, CardError blank, String what) {
        String value = VietnameseText.nfc(fields.value(index));
        if (value.isBlank()) {
            throw RejectedException.atOffset(blank, "the " + what + " is empty", fields.start(index));
        }
        return value;
    }

    private static LocalDate date(Fields fields, int index) {
        try {
            return VnTime.parseDate(fields.value(index));
        } catch (CongDanSoException e) {
            int inner = e.offset().orElse(0);
            throw RejectedException.atOffset(CardError.BAD_DATE,
                    (index == 3 ? "birth" : "issue") + " date: " + e.getMessage(), fields.start(index) + inner);
        }
    }

    private Sex parseSex(Fields fields) {
        String upper = VietnameseText.toUpperCase(sexText);
        if (upper.equals("NAM")) {
            return Sex.MALE;
        }
        if (upper.equals("NỮ")) {
            return Sex.FEMALE;
        }
        throw RejectedException.atOffset(CardError.BAD_SEX, "the sex is Nam or Nữ", fields.start(4));
    }

    private List<CardWarning> checkNumber() {
        EnumSet<CardWarning> found = EnumSet.noneOf(CardWarning.class);
        if (citizenId.sex() != sex) {
            found.add(CardWarning.GENDER_MISMATCH);
        }
        if (citizenId.birthYear() != birthDate.getYear()) {
            found.add(CardWarning.BIRTH_YEAR_MISMATCH);
        }
        if (citizenId.province().isEmpty()) {
            found.add(CardWarning.UNKNOWN_PROVINCE);
        }
        return List.copyOf(found);
    }
}
