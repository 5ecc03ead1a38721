package vn.congdanso.examples;

import java.io.PrintStream;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.congdanso.identity.card.CitizenCardQr;
import vn.congdanso.identity.card.CitizenId;
import vn.congdanso.identity.card.Province;
import vn.congdanso.identity.consistency.ConsistencyResult;
import vn.congdanso.identity.consistency.IdentityConsistency;
import vn.congdanso.identity.consistency.PersonRecord;
import vn.congdanso.identity.mrz.ChipAccessKeys;
import vn.congdanso.identity.mrz.VietnameseIdMrz;

/**
 * A One-Stop desk (bộ phận một cửa) receives a citizen: it scans the QR on the front of the chip
 * ID card, reads the MRZ on the back, checks both describe the same person, derives the key that
 * opens the chip, and logs the visit with the ID number masked. The card is fictional.
 */
final class CitizenIdExample implements Example {

    private static final Logger LOG = LoggerFactory.getLogger(CitizenIdExample.class);

    private static final String CARD_QR =
            "026090123456|123456789|NGUYỄN VĂN A|01011990|Nam|Số 1, Đường A, Phường B, Phú Thọ|01072021|";
    private static final List<String> CARD_MRZ = List.of(
            "IDVNM0901234562026090123456<<4",
            "9001011M3001019VNM<<<<<<<<<<<8",
            "NGUYEN<<VAN<A<<<<<<<<<<<<<<<<<");

    @Override
    public String title() {
        return "identity: a One-Stop desk reads a chip ID card (QR, MRZ, chip key)";
    }

    @Override
    public void run(PrintStream out) {
        CitizenCardQr card = CitizenCardQr.parse(CARD_QR);
        CitizenId id = card.citizenId();
        out.println("1. The QR on the front: " + card.fullName() + ", born " + card.birthDate() + ", sex "
                + card.sex().code() + ", card issued " + card.issueDate() + ", warnings " + card.warnings());
        Province province = id.province().orElseThrow();
        out.println("2. The ID number " + id.masked() + " was registered in " + province.name() + " (code "
                + province.code() + "), which the 2025 merger made part of " + province.since2025()
                + "; the holder was born in " + id.birthYear());

        VietnameseIdMrz mrz = VietnameseIdMrz.parse(CARD_MRZ);
        if (!mrz.valid()) {
            throw new IllegalStateException("the example MRZ must be valid, got " + mrz.errors());
        }
        out.println("3. The MRZ on the back: all " + mrz.checks().size() + " check digits hold; the card expires " + mrz.expiryDate().map(Object::toString).orElse("never"));

        ConsistencyResult result = IdentityConsistency.check(PersonRecord.of(card), PersonRecord.of(mrz));
        if (result instanceof ConsistencyResult.Inconsistent inconsistent) {
            throw new IllegalStateException("the example card must be consistent, got " + inconsistent.disagreements());
        }
        out.println("4. QR and MRZ agree on ID number, birth date, sex and name (NGUYỄN VĂN A = NGUYEN<<VAN<A)");

        ChipAccessKeys keys = mrz.chipAccessKeys();
        out.println("5. The chip access key seed (BAC K_seed) from the MRZ: "
                + HexFormat.of().withUpperCase().formatHex(keys.seed().bytes())
                + "; K_enc and K_mac are derived from it and stay secret: " + keys);

        LOG.info("one-stop desk: citizen {} identified by QR + MRZ", id.masked());
        out.println("6. The desk's log line names the citizen only as " + id + " (" + card + ")");
    }
}
