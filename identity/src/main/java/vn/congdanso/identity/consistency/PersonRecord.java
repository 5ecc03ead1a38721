package vn.congdanso.identity.consistency;

import java.time.LocalDate;
import java.util.Optional;

import vn.congdanso.identity.card.CitizenCardQr;
import vn.congdanso.identity.card.CitizenId;
import vn.congdanso.identity.card.Sex;
import vn.congdanso.identity.chip.ChipPersonalData;
import vn.congdanso.identity.chip.VerifiedChip;
import vn.congdanso.identity.mrz.VietnameseIdMrz;

import static java.util.Objects.requireNonNull;

/**
 * What one source (the card QR, the MRZ, the chip's DG1 or DG13) says about the holder, for
 * {@link IdentityConsistency#check}. Absent values are not compared. Personal data:
 * {@link #toString()} shows only the source and the masked ID number.
 *
 * @param source a short name for the source, for example {@code cardQr}, {@code mrz}, {@code dg13}
 * @param citizenId the 12-digit ID number
 * @param birthDate the birth date
 * @param sex the sex
 * @param name the full name (family name first), in any case, with or without diacritics
 * @param nameMayBeTruncated whether {@code name} may have been cut short (a full MRZ name field):
 *     then it only has to be a prefix of the other source's name
 */
public record PersonRecord(String source, Optional<CitizenId> citizenId, Optional<LocalDate> birthDate,
        Optional<Sex> sex, Optional<String> name, boolean nameMayBeTruncated) {

    /** Rejects nulls. */
    public PersonRecord {
        requireNonNull(source, "source == null");
        requireNonNull(citizenId, "citizenId == null");
        requireNonNull(birthDate, "birthDate == null");
        requireNonNull(sex, "sex == null");
        requireNonNull(name, "name == null");
    }

    /** What the card QR says, as source {@code cardQr}. */
    public static PersonRecord of(CitizenCardQr card) {
        requireNonNull(card, "card == null");
        return new PersonRecord("cardQr", Optional.of(card.citizenId()), Optional.of(card.birthDate()),
                Optional.of(card.sex()), Optional.of(card.fullName()), false);
    }

    /** What the card's MRZ says, as source {@code mrz}. */
    public static PersonRecord of(VietnameseIdMrz mrz) {
        requireNonNull(mrz, "mrz == null");
        String name = (mrz.surname() + " " + mrz.givenNames()).trim();
        return new PersonRecord("mrz", mrz.citizenId(), mrz.birthDate(), mrz.sex(),
                name.isEmpty() ? Optional.empty() : Optional.of(name), mrz.mrz().nameMayBeTruncated());
    }

    /**
     * What the verified chip says: DG13 as source {@code dg13} when present, else DG1's Vietnamese
     * MRZ as source {@code dg1}, else nothing (source {@code chip}).
     */
    public static PersonRecord of(VerifiedChip chip) {
        requireNonNull(chip, "chip == null");
        if (chip.dg13().isPresent()) {
            ChipPersonalData data = chip.dg13().get();
            return new PersonRecord("dg13", data.citizenId(), data.birthDate(), data.sex(), data.fullName(), false);
        }
        return chip.dg1VietnameseId().map(mrz -> {
            PersonRecord record = of(mrz);
            return new PersonRecord("dg1", record.citizenId(), record.birthDate(), record.sex(), record.name(),
                    record.nameMayBeTruncated());
        }).orElseGet(() -> new PersonRecord("chip", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false));
    }

    /** The source and the masked ID number only. */
    @Override
    public String toString() {
        return "PersonRecord[" + source + ", id=" + citizenId.map(CitizenId::masked).orElse("none") + "]";
    }
}
