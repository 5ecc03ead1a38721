package vn.congdanso.payments.vietqr;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.testing.SharedVectors;
import vn.congdanso.payments.emv.Crc16;
import vn.congdanso.payments.emv.EmvPayload;
import vn.congdanso.payments.emv.TestPayloads;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded property tests: random valid VietQRs round-trip, and one million mutated payloads
 * (bit flips, truncations, insertions, deletions, corrupted length digits; half of them with the
 * CRC recomputed so the mutation reaches the deeper checks) only ever raise
 * {@link RejectedException}. The mutations go through the strict parser, which runs every lenient
 * check and then every profile rule.
 */
class VietQrPropertyTest {

    private static final int ROUND_TRIPS = 2_000;
    private static final int MUTATIONS = 1_000_000;
    private static final String LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ áàảãạếềểễệ0123456789-./";

    @Test
    void randomValidVietQrsRoundTripThroughParseAndBuild() {
        Random random = new Random(20261129L);
        List<Bank> banks = BankDirectory.bundled().all();
        for (int i = 0; i < ROUND_TRIPS; i++) {
            VietQr built = randomQr(random, banks.get(random.nextInt(banks.size())));
            VietQr parsed = VietQr.parse(built.toPayload());
            assertThat(parsed).isEqualTo(built);
            assertThat(rebuild(parsed).toPayload()).isEqualTo(built.toPayload());
            assertThat(TestPayloads.rebuild(EmvPayload.parse(built.toPayload()))).isEqualTo(built.toPayload());
            assertThat(TestPayloads.rebuild(built.emv())).isEqualTo(built.toPayload());
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void oneMillionMutatedPayloadsOnlyEverRaiseRejectedException() {
        Random random = new Random(4L);
        List<String> seeds = seeds(random);
        int accepted = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            String mutated = mutate(random, seeds.get(random.nextInt(seeds.size())));
            if (random.nextBoolean()) {
                mutated = fixCrc(mutated);
            }
            accepted += parses(mutated) ? 1 : 0;
        }
        assertThat(accepted).isPositive().isLessThan(MUTATIONS);
    }

    private static boolean parses(String payload) {
        try {
            VietQr qr = VietQr.parse(payload);
            String nfc = java.text.Normalizer.normalize(qr.toPayload(), java.text.Normalizer.Form.NFC);
            if (!TestPayloads.rebuild(qr.emv()).equals(nfc) || qr.bank() == null) {
                throw new AssertionError("parsed payload does not rebuild identically");
            }
            return true;
        } catch (RejectedException expected) {
            return false;
        }
    }

    private static List<String> seeds(Random random) {
        List<String> seeds = new ArrayList<>();
        SharedVectors.vectors("vietqr").forEach(vector -> seeds.add(vector.get("payload").asText()));
        List<Bank> banks = BankDirectory.bundled().all();
        for (int i = 0; i < 20; i++) {
            seeds.add(randomQr(random, banks.get(random.nextInt(banks.size()))).toPayload());
        }
        seeds.add(fixCrc("0002010102123857001" + "0A00000072701270006970403011300110123456780208QRIBFTTA5303704"
                + "5802VN6428" + "0002vi0118Ủy ban nhân dân xã8508" + "0004abcd" + "6304XXXX"));
        return seeds;
    }

    private static String mutate(Random random, String seed) {
        StringBuilder text = new StringBuilder(seed);
        int position = random.nextInt(text.length());
        switch (random.nextInt(6)) {
            case 0 -> text.setCharAt(position, (char) (text.charAt(position) ^ (1 << random.nextInt(random.nextInt(8) == 0 ? 16 : 7))));
            case 1 -> text.setLength(position);
            case 2 -> text.insert(position, randomChars(random));
            case 3 -> text.setCharAt(position, (char) ('0' + random.nextInt(10)));
            case 4 -> text.delete(position, Math.min(text.length(), position + 1 + random.nextInt(6)));
            default -> text.insert(position, text, position, Math.min(text.length(), position + 1 + random.nextInt(8)));
        }
        return text.toString();
    }

    private static String randomChars(Random random) {
        int length = 1 + random.nextInt(4);
        StringBuilder chars = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(4);
            chars.append(kind == 0 ? LETTERS.charAt(random.nextInt(LETTERS.length()))
                    : kind == 1 ? (char) random.nextInt(0x10000) : (char) ('0' + random.nextInt(10)));
        }
        return chars.toString();
    }

    private static String fixCrc(String text) {
        if (text.length() < 8) {
            return text;
        }
        String head = text.substring(0, text.length() - 4);
        return head + Crc16.toHex(Crc16.of(head));
    }

    private static VietQr randomQr(Random random, Bank bank) {
        VietQr.Builder builder = VietQr.builder().bank(bank).account(digits(random, 1 + random.nextInt(19)));
        if (random.nextBoolean()) {
            builder.amount(Vnd.of(random.nextInt(1_000_000_000)));
        }
        if (random.nextInt(3) == 0) {
            builder.toCard();
        }
        if (random.nextBoolean()) {
            builder.pointOfInitiation(random.nextBoolean() ? PointOfInitiation.STATIC : PointOfInitiation.DYNAMIC);
        }
        if (random.nextBoolean()) {
            builder.merchantCategoryCode(digits(random, 4));
        }
        optional(random, builder::merchantName, 30);
        optional(random, builder::merchantCity, 20);
        optional(random, builder::billNumber, 20);
        optional(random, builder::referenceLabel, 20);
        optional(random, builder::terminalLabel, 20);
        optional(random, builder::purpose, 30);
        return builder.build();
    }

    private static void optional(Random random, java.util.function.Consumer<String> setter, int maxLength) {
        if (random.nextBoolean()) {
            StringBuilder text = new StringBuilder("X");
            int length = random.nextInt(maxLength);
            for (int i = 0; i < length; i++) {
                text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            setter.accept(text.toString());
        }
    }

    private static VietQr rebuild(VietQr parsed) {
        VietQr.Builder builder = VietQr.builder().bankBin(parsed.bankBin().orElseThrow()).account(parsed.account().orElseThrow())
                .service(parsed.service().orElseThrow()).pointOfInitiation(parsed.pointOfInitiation().orElseThrow());
        parsed.amount().ifPresent(builder::amount);
        parsed.merchantCategoryCode().ifPresent(builder::merchantCategoryCode);
        parsed.merchantName().ifPresent(builder::merchantName);
        parsed.merchantCity().ifPresent(builder::merchantCity);
        parsed.billNumber().ifPresent(builder::billNumber);
        parsed.referenceLabel().ifPresent(builder::referenceLabel);
        parsed.terminalLabel().ifPresent(builder::terminalLabel);
        parsed.purpose().ifPresent(builder::purpose);
        return builder.build();
    }

    private static String digits(Random random, int length) {
        StringBuilder digits = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
