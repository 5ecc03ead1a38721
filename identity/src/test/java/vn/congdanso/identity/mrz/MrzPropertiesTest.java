package vn.congdanso.identity.mrz;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.congdanso.identity.Mutations;
import vn.congdanso.identity.card.CitizenId;
import vn.congdanso.identity.card.Sex;

import static org.assertj.core.api.Assertions.assertThat;

/** Random valid MRZs round-trip through the parsers; mutated ones raise only SDK exceptions. */
class MrzPropertiesTest {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";

    private final Random random = new Random(9303L);

    @Test
    void randomVietnameseCardsRoundTrip() {
        for (int i = 0; i < 5_000; i++) {
            LocalDate birth = LocalDate.of(1930 + random.nextInt(90), 1, 1).plusDays(random.nextInt(365));
            boolean female = random.nextBoolean();
            int century = (birth.getYear() / 100 - 19) * 2 + (female ? 1 : 0);
            String id = String.format("%03d%d%02d%06d", random.nextInt(100), century, birth.getYear() % 100,
                    random.nextInt(1_000_000));
            LocalDate expiry = LocalDate.of(2025 + random.nextInt(40), 1, 1).plusDays(random.nextInt(365));
            boolean noExpiry = random.nextInt(5) == 0;
            String surname = word(2 + random.nextInt(6));
            String given = word(1 + random.nextInt(4)) + " " + word(1 + random.nextInt(6));

            VietnameseIdMrz mrz = VietnameseIdMrz.parse(MrzFormatter.vietnameseTd1(id, birth.format(YYMMDD),
                    female ? 'F' : 'M', noExpiry ? VietnameseIdMrz.NO_EXPIRY : expiry.format(YYMMDD), surname, given));

            assertThat(mrz.errors()).isEmpty();
            assertThat(mrz.citizenId()).map(CitizenId::digits).contains(id);
            assertThat(mrz.birthDate()).contains(birth);
            assertThat(mrz.sex()).contains(female ? Sex.FEMALE : Sex.MALE);
            assertThat(mrz.noExpiry()).isEqualTo(noExpiry);
            if (!noExpiry) {
                assertThat(mrz.expiryDate()).contains(expiry);
            }
            assertThat(mrz.surname()).isEqualTo(surname);
            assertThat(mrz.givenNames()).isEqualTo(given);
            assertThat(mrz.corrections()).isEmpty();
        }
    }

    @Test
    void randomPassportsRoundTrip() {
        for (int i = 0; i < 5_000; i++) {
            String state = letters(3);
            String number = alphanumeric(1 + random.nextInt(9));
            String personal = alphanumeric(random.nextInt(15));
            String birth = LocalDate.of(1930 + random.nextInt(90), 1, 1).plusDays(random.nextInt(365)).format(YYMMDD);
            String expiry = LocalDate.of(2025 + random.nextInt(20), 1, 1).plusDays(random.nextInt(365)).format(YYMMDD);
            char sex = "MF<X".charAt(random.nextInt(4));
            String surname = word(2 + random.nextInt(10));
            String given = word(2 + random.nextInt(10));

            Mrz mrz = Mrz.parse(MrzFormatter.td3(state, surname, given, number, state, birth, sex, expiry, personal));

            assertThat(mrz.errors()).isEmpty();
            assertThat(mrz.format()).isEqualTo(MrzFormat.TD3);
            assertThat(mrz.issuingState()).isEqualTo(state);
            assertThat(mrz.documentNumber()).isEqualTo(number);
            assertThat(mrz.optionalData()).isEqualTo(personal);
            assertThat(mrz.birthDateText()).isEqualTo(birth);
            assertThat(mrz.expiryDateText()).isEqualTo(expiry);
            assertThat(mrz.surname()).isEqualTo(surname);
            assertThat(mrz.givenNames()).isEqualTo(given);
            assertThat(mrz.checks()).doesNotContainValue(false);
        }
    }

    @Test
    void mutatedVietnameseCardsRaiseOnlySdkExceptions() {
        new Mutations(3L, ALPHABET).assertOnlySdkExceptions(List.of(VietnameseIdMrzTest.NGUYEN_VAN_A), text -> {
            VietnameseIdMrz mrz = VietnameseIdMrz.parse(text);
            mrz.birthDate();
            mrz.expiryDate();
            mrz.chipAccessKeys();
        });
    }

    @Test
    void mutatedMrzsRaiseOnlySdkExceptions() {
        new Mutations(4L, ALPHABET).assertOnlySdkExceptions(List.of(MrzTest.TD1, MrzTest.TD3),
                text -> Mrz.parse(text).chipAccessKeys());
    }

    private String word(int length) {
        return letters(length);
    }

    private String letters(int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append((char) ('A' + random.nextInt(26)));
        }
        return out.toString();
    }

    private String alphanumeric(int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(random.nextInt(36)));
        }
        return out.toString();
    }
}
