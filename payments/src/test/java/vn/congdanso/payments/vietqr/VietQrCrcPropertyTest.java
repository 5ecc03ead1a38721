package vn.congdanso.payments.vietqr;

import java.text.Normalizer;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdanso.payments.vietqr.VietQrCrcConformanceTest.altLanguage;
import static vn.congdanso.payments.vietqr.VietQrCrcConformanceTest.crcOfUtf8;
import static vn.congdanso.payments.vietqr.VietQrCrcConformanceTest.crcOverGiven;
import static vn.congdanso.payments.vietqr.VietQrCrcConformanceTest.crcOverNfc;

/**
 * Strict parsing accepts a payload only when its CRC matches the UTF-8 bytes it was given, for text
 * that is not in NFC: decomposed Vietnamese, singletons such as U+2126 OHM SIGN, combining marks in
 * non-canonical order.
 */
class VietQrCrcPropertyTest {

    /** Pieces whose NFC form differs from the text as written, mixed with pieces already in NFC. */
    private static final List<String> PIECES = List.of("Shop ", "\u2126", "\u212B", "\u212A", "A\u030A", "e\u0302\u0301",
            "o\u031B\u0323", "a\u0323\u0302", "a\u0302\u0323", "u\u031B\u0300", "\u1EC7", "\u0111", "Nguy", "n ", "V", " A", "9");

    @Property(tries = 400)
    void strictModeAcceptsOnlyACrcOverTheBytesGiven(@ForAll("names") String name, @ForAll("crcs") String random,
            @ForAll boolean correct) {
        String head = altLanguage(name) + "6304";
        String crc = correct ? crcOfUtf8(head) : random;
        assertThat(accepts(head + crc)).as("strict mode writes the CRC in upper case").isEqualTo(crc.equals(crcOfUtf8(head)));
    }

    @Property(tries = 400)
    void strictModeRejectsACrcComputedOverTheNfcForm(@ForAll("names") String name) {
        String body = altLanguage(name);
        boolean normalised = Normalizer.isNormalized(body, Normalizer.Form.NFC);
        assertThat(accepts(crcOverGiven(body))).isTrue();
        assertThat(accepts(crcOverNfc(body))).isEqualTo(normalised || crcOverNfc(body).equals(crcOverGiven(body)));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(6).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> crcs() {
        return Arbitraries.strings().withChars("0123456789ABCDEFabcdef").ofLength(4);
    }

    private static boolean accepts(String payload) {
        try {
            VietQr.parse(payload);
            return true;
        } catch (RejectedException rejected) {
            return false;
        }
    }
}
