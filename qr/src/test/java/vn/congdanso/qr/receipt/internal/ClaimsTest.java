package vn.congdanso.qr.receipt.internal;

import java.text.Normalizer;
import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.procedure.DossierCode;
import vn.congdanso.qr.procedure.ProcedureCode;
import vn.congdanso.qr.receipt.ReceiptError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimsTest {

    private static final Instant AT = Instant.parse("2026-10-08T02:30:00Z");

    private static Claims claims() {
        return new Claims("UBND xã Đoan Hùng", AT.plusSeconds(86_400), DossierCode.parse("H15-261008-1"),
                ProcedureCode.parse("1.001193.000.00.15.H41"), AT, AT.plusSeconds(3600), new byte[8], new byte[16]);
    }

    private static void assertMalformed(String hex) {
        assertThatThrownBy(() -> Claims.decode(HexFormat.of().parseHex(hex))).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(ReceiptError.BAD_CLAIMS));
    }

    @Test
    void roundTripsThroughCbor() {
        Claims decoded = Claims.decode(claims().encode());
        assertThat(decoded.issuer()).isEqualTo("UBND xã Đoan Hùng");
        assertThat(decoded.dossier()).isEqualTo(claims().dossier());
        assertThat(decoded.agency()).hasToString("000.00.15.H41");
        assertThat(decoded.receivedAt()).isEqualTo(AT);
        assertThat(decoded.expiresAt()).isEqualTo(AT.plusSeconds(86_400));
        assertThat(decoded.idHash()).hasSize(16);
    }

    @Test
    void encodesWithIntegerLabelsAndDefiniteLengths() {
        byte[] encoded = claims().encode();
        assertThat(encoded[0] & 0xff).isEqualTo(0xA8);
        assertThat(encoded[1]).isEqualTo((byte) 0x01);
    }

    @Test
    void rejectsWhatIsNotAClaimsMap() {
        assertMalformed("");
        assertMalformed("80");
        assertMalformed("A0");
        assertMalformed("A2016178016179");
    }

    @Test
    void rejectsInvalidClaimValues() {
        byte[] good = claims().encode();
        String hex = HexFormat.of().formatHex(good);
        String badDossier = hex.replace(HexFormat.of().formatHex("H15-261008-1".getBytes()), HexFormat.of().formatHex("H15-261308-1".getBytes()));
        assertMalformed(badDossier);
    }

    @Test
    void requiresLocalizedProcedure() {
        assertThatThrownBy(() -> new Claims("x", AT, DossierCode.parse("H15-261008-1"), ProcedureCode.parse("1.001193"), AT, AT,
                new byte[8], new byte[16])).isInstanceOf(RejectedException.class);
    }

    private static Claims claims(String issuer, int saltBytes, int hashBytes) {
        return new Claims(issuer, AT.plusSeconds(86_400), DossierCode.parse("H15-261008-1"),
                ProcedureCode.parse("1.001193.000.00.15.H41"), AT, AT.plusSeconds(3600), new byte[saltBytes], new byte[hashBytes]);
    }

    private static void assertBadClaims(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(ReceiptError.BAD_CLAIMS));
    }

    @Test
    void rejectsAnIssuerNotInNfc() {
        String nfd = Normalizer.normalize("UBND xã Đoan Hùng", Normalizer.Form.NFD);

        assertBadClaims(() -> claims(nfd, 8, 16));
    }

    @Test
    void rejectsABlankOrOverlongIssuer() {
        assertBadClaims(() -> claims(" ", 8, 16));
        assertBadClaims(() -> claims("Ư".repeat(81), 8, 16));
        assertThat(claims("Ư".repeat(80), 8, 16).issuer()).hasSize(80);
    }

    @Test
    void rejectsASaltOrHashOfAnotherLength() {
        assertBadClaims(() -> claims("UBND", 4, 16));
        assertBadClaims(() -> claims("UBND", 9, 16));
        assertBadClaims(() -> claims("UBND", 8, 32));
    }
}
