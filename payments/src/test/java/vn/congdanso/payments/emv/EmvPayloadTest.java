package vn.congdanso.payments.emv;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.congdanso.payments.emv.TestPayloads.tlv;
import static vn.congdanso.payments.emv.TestPayloads.withCrc;

class EmvPayloadTest {

    private static final String HEAD = "000201010212";
    private static final String NAPAS = "38570010A00000072701270006970403011300110123456780208QRIBFTTA";

    @Test
    void keepsEveryDataObjectInOrder() {
        EmvPayload payload = EmvPayload.parse(TestPayloads.NAPAS_DYNAMIC);
        assertThat(payload.objects()).extracting(DataObject::id)
                .containsExactly("00", "01", "38", "53", "54", "58", "62", "63");
        assertThat(payload.find(62).orElseThrow().children()).extracting(DataObject::id).containsExactly("01", "08");
        assertThat(payload.value(54)).contains("180000");
        assertThat(payload.crc()).isEqualTo("2E2E");
    }

    @Test
    void rebuildsUnknownTagsAndSubTagsCharacterForCharacter() {
        String text = withCrc(HEAD + tlv("26", tlv("00", "com.example") + tlv("99", "xyz")) + NAPAS
                + "5303704" + "5802VN" + tlv("62", tlv("01", "HS-1") + tlv("77", "future"))
                + tlv("64", tlv("00", "vi") + tlv("01", "Ủy ban nhân dân xã")) + tlv("70", "rfu") + tlv("85", "0002ab"));
        EmvPayload payload = EmvPayload.parse(text);
        assertThat(payload.encode()).isEqualTo(text);
        assertThat(TestPayloads.rebuild(payload)).isEqualTo(text);
        assertThat(payload.find(26).orElseThrow().childValue(99)).contains("xyz");
        assertThat(payload.find(64).orElseThrow().childValue(1)).contains("Ủy ban nhân dân xã");
    }

    @Test
    void keepsATemplateThatDoesNotSplitAsARawValue() {
        String text = withCrc(HEAD + tlv("27", "not tlv") + NAPAS + "5303704");
        DataObject raw = EmvPayload.parse(text).find(27).orElseThrow();
        assertThat(raw.isTemplate()).isFalse();
        assertThat(raw.value()).isEqualTo("not tlv");
    }

    @Test
    void buildsWithAnUpperCaseCrc() {
        EmvPayload payload = EmvPayload.withCrc(List.of(DataObject.of(0, "01"), DataObject.of(1, "11"), DataObject.of(58, "VN")));
        assertThat(payload.encode()).startsWith("0002010102115802VN6304").isEqualTo(withCrc("0002010102115802VN"));
        assertThat(EmvPayload.parse(payload.encode())).isEqualTo(payload);
    }

    @Test
    void refusesAGivenCrcWhenBuilding() {
        assertThatThrownBy(() -> EmvPayload.withCrc(List.of(DataObject.of(63, "ABCD")))).isInstanceOf(RejectedException.class);
    }

    @Test
    void rejectsTruncatedPayloadWithBadLength() {
        String text = TestPayloads.NAPAS_DYNAMIC.substring(0, 60);
        assertRejected(text, EmvError.BAD_LENGTH, 14);
    }

    @Test
    void rejectsNonNumericLengthWithItsOffset() {
        assertRejected("00020101X212" + "6304ABCD", EmvError.BAD_LENGTH, 8);
    }

    @Test
    void rejectsMissingCrc() {
        assertRejected(HEAD + "5802VN", EmvError.MISSING_CRC, 12);
        assertRejected("", EmvError.MISSING_CRC, 0);
        assertRejected(HEAD + "6303ABC", EmvError.MISSING_CRC, 12);
    }

    @Test
    void rejectsCrcMismatchAtTheCrcDigits() {
        String good = TestPayloads.NAPAS_DYNAMIC;
        String bad = good.substring(0, good.length() - 4) + "2E2F";
        assertRejected(bad, EmvError.CRC_MISMATCH, good.length() - 4);
        assertRejected(good.substring(0, good.length() - 4) + "2E2G", EmvError.CRC_MISMATCH, good.length() - 4);
    }

    @Test
    void acceptsLowerCaseCrcDigits() {
        String good = TestPayloads.NAPAS_DYNAMIC;
        String lower = good.substring(0, good.length() - 4) + "2e2e";
        assertThat(EmvPayload.parse(lower).crc()).isEqualTo("2e2e");
        assertThat(EmvPayload.parse(lower).encode()).isEqualTo(lower);
    }

    @Test
    void rejectsWrongOrMisplacedFormatIndicator() {
        assertRejected(withCrc("000202010212"), EmvError.BAD_FORMAT_INDICATOR, 0);
        assertRejected(withCrc("010212000201"), EmvError.BAD_FORMAT_INDICATOR, 0);
    }

    @Test
    void rejectsDuplicateTopLevelIdAtItsSecondOccurrence() {
        assertRejected(withCrc(HEAD + "5802VN5802VN"), EmvError.DUPLICATE_TAG, 18);
    }

    @Test
    void rejectsAdditionalDataThatDoesNotSplit() {
        assertRejected(withCrc(HEAD + "6205011AB"), EmvError.BAD_LENGTH, 18);
    }

    @Test
    void rejectsRequiredProfileTemplateThatDoesNotSplit() {
        String text = withCrc(HEAD + tlv("38", "0010A000000727012"));
        assertThat(EmvPayload.parse(text).find(38).orElseThrow().isTemplate()).isFalse();
        assertRejected(text, EmvError.BAD_LENGTH, 30, 38);
    }

    @Test
    void rejectsBadPointOfInitiation() {
        assertRejected(withCrc("000201010213"), EmvError.BAD_POINT_OF_INITIATION, 10);
    }

    @Test
    void rejectsAmountThatIsNotPlainDecimal() {
        assertRejected(withCrc(HEAD + "54051,000"), EmvError.BAD_AMOUNT, 16);
        assertRejected(withCrc(HEAD + "5402-1"), EmvError.BAD_AMOUNT, 16);
        assertRejected(withCrc(HEAD + "5400"), EmvError.BAD_AMOUNT, 16);
        assertThat(EmvPayload.parse(withCrc(HEAD + "54071000.00")).value(54)).contains("1000.00");
    }

    @Test
    void decidesTheFirstFailureInTheDocumentedOrder() {
        assertRejected(withCrc("000202" + "010213" + "5402xx"), EmvError.BAD_FORMAT_INDICATOR, 0);
        assertRejected(withCrc(HEAD + "5802VN5802VN" + "6201x"), EmvError.DUPLICATE_TAG, 18);
        assertRejected(withCrc("000201010213" + "6201x"), EmvError.BAD_LENGTH, 16);
        assertRejected(withCrc("000201010213" + "5402xx"), EmvError.BAD_POINT_OF_INITIATION, 10);
        assertRejected("000202" + "5802VN" + "6304FFFF", EmvError.CRC_MISMATCH, 16);
    }

    @Test
    void countsLengthsInCodePointsOfTheNfcFormAndHashesTheTextAsGiven() {
        String decomposed = "Ha\u0300 No\u0323\u0302i";
        String composed = java.text.Normalizer.normalize(decomposed, java.text.Normalizer.Form.NFC);
        String nfc = withCrc(HEAD + tlv("64", tlv("00", "vi") + tlv("01", composed)));
        String sent = withCrc(nfc.substring(0, nfc.length() - 8).replace(composed, decomposed));
        EmvPayload parsed = EmvPayload.parse(sent);
        assertThat(parsed.encode()).isEqualTo(sent);
        assertThat(parsed.find(64).orElseThrow().children().get(1).value()).isEqualTo(composed);
        assertThat(TestPayloads.rebuild(parsed)).isEqualTo(nfc.substring(0, nfc.length() - 4) + parsed.crc());
    }

    @Test
    void rejectsACrcComputedOverTheNfcFormOfTheTextGiven() {
        String decomposed = "Ha\u0300 No\u0323\u0302i";
        String composed = java.text.Normalizer.normalize(decomposed, java.text.Normalizer.Form.NFC);
        String nfc = withCrc(HEAD + tlv("64", tlv("00", "vi") + tlv("01", composed)));
        String sent = nfc.replace(composed, decomposed);
        assertRejected(sent, EmvError.CRC_MISMATCH, nfc.length() - 4);
    }

    @Test
    void rejectsTextWithAnUnpairedSurrogateWhichHasNoUtf8Form() {
        String body = HEAD + tlv("64", tlv("00", "vi") + tlv("01", "A\uD800B")) + "6304";
        String questionMark = HEAD + tlv("64", tlv("00", "vi") + tlv("01", "A?B")) + "6304";
        String sent = body + Crc16.toHex(Crc16.of(questionMark));
        assertRejected(sent, EmvError.CRC_MISMATCH, sent.length() - 4);
    }

    private static void assertRejected(String text, EmvError code, int offset, int... mustSplit) {
        assertThatThrownBy(() -> EmvPayload.parse(text, mustSplit)).isInstanceOfSatisfying(RejectedException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.offset()).hasValue(offset);
        });
    }
}
