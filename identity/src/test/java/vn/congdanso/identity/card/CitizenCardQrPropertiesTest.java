package vn.congdanso.identity.card;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.time.VnTime;
import vn.congdanso.identity.Mutations;

import static org.assertj.core.api.Assertions.assertThat;

/** Random valid card QR texts round-trip; mutated ones raise only SDK exceptions. */
class CitizenCardQrPropertiesTest {

    private static final String[] SYLLABLES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Văn", "Thị", "Đức", "Ánh",
        "Quỳnh", "Hữu", "Thảo", "A", "B", "Ê", "Ngọc", "Tuấn", "Ưng"};
    private static final String[] PLACES = {"Số 1", "Đường A", "Ngõ Gia Định", "Thôn Đồng", "Xã Ê", "Phường Ư",
        "Quận C", "Hà Nội", "Phú Thọ", "TP Hồ Chí Minh"};

    private final Random random = new Random(20261129L);
    private final List<Province> provinces = Provinces.embedded().all();

    @Test
    void randomValidCardsRoundTrip() {
        for (int i = 0; i < 5_000; i++) {
            Card card = randomCard();

            CitizenCardQr parsed = CitizenCardQr.parse(card.payload() + (random.nextBoolean() ? "|" : ""));

            assertThat(parsed.toPayload()).isEqualTo(card.payload());
            assertThat(parsed.birthDate()).isEqualTo(card.birth());
            assertThat(parsed.sex()).isEqualTo(card.sex());
            assertThat(parsed.citizenId().birthYear()).isEqualTo(card.birth().getYear());
            assertThat(parsed.warnings()).isEmpty();
        }
    }

    @Test
    void mutatedCardsRaiseOnlySdkExceptions() {
        new Mutations(1L, "0123456789|").assertOnlySdkExceptions(validPayloads(), CitizenCardQr::parse);
    }

    @Test
    void mutatedIdNumbersRaiseOnlySdkExceptions() {
        new Mutations(2L, "0123456789").assertOnlySdkExceptions(
                validPayloads().stream().map(p -> p.substring(0, 12)).toList(), CitizenId::parse);
    }

    private List<String> validPayloads() {
        List<String> payloads = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            payloads.add(randomCard().payload());
        }
        return payloads;
    }

    private Card randomCard() {
        Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        LocalDate birth = LocalDate.of(1920 + random.nextInt(100), 1, 1).plusDays(random.nextInt(365));
        int century = (birth.getYear() / 100 - 19) * 2 + (sex == Sex.FEMALE ? 1 : 0);
        String id = provinces.get(random.nextInt(provinces.size())).code() + century
                + String.format("%02d%06d", birth.getYear() % 100, random.nextInt(1_000_000));
        String old = random.nextBoolean() ? "" : String.format("%09d", random.nextInt(1_000_000_000));
        List<String> fields = new ArrayList<>(List.of(id, old, words(SYLLABLES, 2 + random.nextInt(3), " "),
                VnTime.formatDate(birth), sex == Sex.MALE ? "Nam" : "Nữ", words(PLACES, 1 + random.nextInt(4), ", "),
                VnTime.formatDate(birth.plusYears(14 + random.nextInt(40)))));
        for (int extra = random.nextInt(3); extra > 0; extra--) {
            fields.add(words(SYLLABLES, 1, ""));
        }
        return new Card(String.join("|", fields), birth, sex);
    }

    private String words(String[] pool, int count, String separator) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(pool[random.nextInt(pool.length)]);
        }
        return String.join(separator, picked);
    }

    private record Card(String payload, LocalDate birth, Sex sex) {
    }
}
