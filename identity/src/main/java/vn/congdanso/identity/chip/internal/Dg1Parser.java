package vn.congdanso.identity.chip.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.chip.ChipError;
import vn.congdanso.identity.mrz.Mrz;
import vn.congdanso.identity.mrz.VietnameseIdMrz;

/** Reads DG1: tag 0x61 around tag 0x5F1F, the MRZ without line breaks (TD1 90 or TD3 88 characters). */
public final class Dg1Parser {

    private static final int TAG_DG1 = 0x61;
    private static final int TAG_MRZ = 0x5F1F;
    private static final int TD1_LINE = 30;
    private static final int TD3_LINE = 44;

    private Dg1Parser() {
    }

    /**
     * The MRZ read by the generic rules, and by the Vietnamese ID card rules when it is a TD1 MRZ
     * issued by {@code VNM}.
     *
     * @param mrz the generic reading
     * @param vietnameseId the Vietnamese ID card reading
     */
    public record Dg1(Mrz mrz, Optional<VietnameseIdMrz> vietnameseId) {
    }

    /** Parses {@code data}; refused with {@link ChipError#BAD_ASN1} or {@link ChipError#BAD_DG1}. */
    public static Dg1 parse(byte[] data) {
        Tlv mrz = Tlv.whole(data, TAG_DG1).child(TAG_MRZ);
        String text = new String(mrz.value(), StandardCharsets.US_ASCII);
        int line = switch (text.length()) {
            case 3 * TD1_LINE -> TD1_LINE;
            case 2 * TD3_LINE -> TD3_LINE;
            default -> throw RejectedException.atOffset(ChipError.BAD_DG1,
                    "an MRZ of " + text.length() + " characters, expected 90 (TD1) or 88 (TD3)", mrz.valueOffset());
        };
        String lines = String.join("\n", text.split("(?<=\\G.{" + line + "})"));
        try {
            if (line == TD1_LINE && text.startsWith("VNM", 2)) {
                VietnameseIdMrz card = VietnameseIdMrz.parse(lines);
                return new Dg1(card.mrz(), Optional.of(card));
            }
            return new Dg1(Mrz.parse(lines), Optional.empty());
        } catch (RejectedException e) {
            throw new RejectedException(ChipError.BAD_DG1, "DG1 does not hold a readable MRZ (" + e.code().id() + ")");
        }
    }
}
