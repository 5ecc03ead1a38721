package vn.congdanso.payments.vietqr;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.testing.LogCapture;
import vn.congdanso.payments.emv.EmvError;
import vn.congdanso.payments.emv.TestPayloads;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.congdanso.payments.emv.TestPayloads.tlv;
import static vn.congdanso.payments.emv.TestPayloads.withCrc;

class VietQrTest {

    private static final String HEAD = "000201010212";
    private static final String NAPAS = "38570010A00000072701270006970403011300110123456780208QRIBFTTA";
    private static final String TAIL = "5303704" + "5802VN";

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    @Test
    void buildsTheNapasWorkedExample() {
        VietQr qr = VietQr.builder().bankBin("970403").account("0011012345678").amount(Vnd.of(180_000))
                .billNumber("NPS6869").purpose("thanh toan don hang").build();
        assertThat(qr.toPayload()).isEqualTo(TestPayloads.NAPAS_DYNAMIC);
        assertThat(qr.warnings()).isEmpty();
        assertThat(qr.pointOfInitiation()).contains(PointOfInitiation.DYNAMIC);
    }

    @Test
    void buildsAStaticCardTransferWithoutAmount() {
        VietQr qr = VietQr.builder().bankBin("970403").account("9704031101234567").toCard().build();
        assertThat(qr.pointOfInitiation()).contains(PointOfInitiation.STATIC);
        assertThat(qr.service()).contains(ServiceCode.TO_CARD);
        assertThat(qr.amount()).isEmpty();
        assertThat(VietQr.parse(qr.toPayload())).isEqualTo(qr);
    }

    @Test
    void foldsVietnameseTextToAsciiWithoutWarning() {
        VietQr qr = VietQr.builder().bankBin("970415").account("0011001932418").merchantName("UBND Xã Đoan Hùng")
                .merchantCity("Phú Thọ").purpose("Lệ phí hộ tịch").build();
        assertThat(qr.merchantName()).contains("UBND Xa Doan Hung");
        assertThat(qr.merchantCity()).contains("Phu Tho");
        assertThat(qr.purpose()).contains("Le phi ho tich");
        assertThat(qr.warnings()).isEmpty();
        assertThat(qr.isStrictValid()).isTrue();
    }

    @Test
    void warnsWhenTextIsTruncatedOrLosesSymbols() {
        VietQr qr = VietQr.builder().bankBin("970415").account("0011001932418")
                .purpose("Lệ phí đăng ký khai sinh cho con thứ hai 😀").merchantCity("Thành phố Hồ Chí Minh").build();
        assertThat(qr.purpose()).contains("Le phi dang ky khai sinh");
        assertThat(qr.merchantCity()).contains("Thanh pho Ho Ch");
        assertThat(qr.warnings()).extracting(VietQrWarning::rule)
                .containsExactly(VietQrRule.TEXT_TRUNCATED, VietQrRule.TEXT_FOLDED, VietQrRule.TEXT_TRUNCATED);
        assertThat(qr.isStrictValid()).isTrue();
    }

    @Test
    void rejectsInvalidBuilderFields() {
        assertInvalid(VietQr.builder().account("123"));
        assertInvalid(VietQr.builder().bankBin("97040").account("123"));
        assertInvalid(VietQr.builder().bankBin("970403"));
        assertInvalid(VietQr.builder().bankBin("970403").account("12345678901234567890"));
        assertInvalid(VietQr.builder().bankBin("970403").account("0011 0123"));
        assertInvalid(VietQr.builder().bankBin("970403").account("1").amount(Vnd.of(10_000_000_000_000L)));
        assertInvalid(VietQr.builder().bankBin("970403").account("1").merchantCategoryCode("52"));
        assertInvalid(VietQr.builder().bankBin("970403").account("1").purpose("😀😀"));
        assertInvalid(VietQr.builder().bankBin("970403").account("1").billNumber("B".repeat(25))
                .referenceLabel("R".repeat(25)).terminalLabel("T".repeat(25)).purpose("P".repeat(25)));
    }

    @Test
    void exposesTheBankWhenTheBinIsKnown() {
        VietQr qr = VietQr.parse(TestPayloads.NAPAS_DYNAMIC);
        assertThat(qr.bank()).hasValueSatisfying(bank -> assertThat(bank.shortName()).isEqualTo("Sacombank"));
        VietQr unknown = VietQr.builder().bankBin("123456").account("1").build();
        assertThat(unknown.bank()).isEmpty();
    }

    @Test
    void lowerCaseCrcIsValidButNotStrict() {
        String good = TestPayloads.NAPAS_DYNAMIC;
        String lower = good.substring(0, good.length() - 4) + "2e2e";
        VietQr qr = VietQr.parseLenient(lower);
        assertThat(qr.strictViolations()).containsExactly(VietQrRule.CRC_LOWERCASE);
        assertThat(qr.crc()).isEqualTo("2e2e");
        assertStrictRejects(lower, VietQrRule.CRC_LOWERCASE);
    }

    @Test
    void reportsMissingNapasAccount() {
        assertViolations(withCrc(HEAD + TAIL), VietQrRule.NO_NAPAS_ACCOUNT);
        assertViolations(withCrc(HEAD + tlv("38", tlv("00", "A000000775") + tlv("01", tlv("00", "970403") + tlv("01", "1"))) + TAIL),
                VietQrRule.NO_NAPAS_ACCOUNT);
        assertViolations(withCrc(HEAD + tlv("38", tlv("00", "A000000727") + tlv("01", tlv("00", "97040") + tlv("01", "1"))) + TAIL),
                VietQrRule.NO_NAPAS_ACCOUNT);
    }

    @Test
    void reportsAccountOverNineteenCharacters() {
        String payload = withCrc(HEAD + tlv("38", tlv("00", "A000000727") + tlv("01", tlv("00", "970403")
                + tlv("01", "1".repeat(20)))) + TAIL);
        assertViolations(payload, VietQrRule.NO_NAPAS_ACCOUNT, VietQrRule.FIELD_TOO_LONG);
    }

    @Test
    void reportsBadGuidAndBadTemplateInOtherAccountTemplates() {
        assertViolations(withCrc(HEAD + tlv("27", tlv("00", "not a guid")) + NAPAS + TAIL), VietQrRule.BAD_GUID);
        assertViolations(withCrc(HEAD + tlv("27", "raw text") + NAPAS + TAIL), VietQrRule.BAD_TEMPLATE);
        assertViolations(withCrc(HEAD + tlv("27", tlv("00", "vn.gov.dichvucong") + tlv("01", "HS1")) + NAPAS + TAIL));
        assertViolations(withCrc(HEAD + tlv("26", tlv("00", "A000000775")) + NAPAS + TAIL));
    }

    @Test
    void reportsBadServiceCode() {
        String payload = withCrc(HEAD + tlv("38", tlv("00", "A000000727") + tlv("01", tlv("00", "970403") + tlv("01", "1"))
                + tlv("02", "QRFOO")) + TAIL);
        assertViolations(payload, VietQrRule.BAD_SERVICE_CODE);
        assertThat(VietQr.parseLenient(payload).service()).isEmpty();
    }

    @Test
    void reportsBadCurrencyAndCountry() {
        assertViolations(withCrc(HEAD + NAPAS + "5303840" + "5802VN"), VietQrRule.BAD_CURRENCY);
        assertViolations(withCrc(HEAD + NAPAS), VietQrRule.BAD_CURRENCY, VietQrRule.BAD_COUNTRY);
        assertViolations(withCrc(HEAD + NAPAS + "5303704" + "5802TH"), VietQrRule.BAD_COUNTRY);
    }

    @Test
    void reportsUnreservedTemplateThatIsNotTlv() {
        assertViolations(withCrc(HEAD + NAPAS + TAIL + tlv("85", "plain")), VietQrRule.UNRESERVED_NOT_TLV);
        assertViolations(withCrc(HEAD + NAPAS + TAIL + tlv("85", tlv("01", "x"))), VietQrRule.UNRESERVED_NOT_TLV);
        VietQr ok = VietQr.parse(withCrc(HEAD + NAPAS + TAIL + tlv("85", tlv("00", "vn.example") + tlv("01", "x"))));
        assertThat(ok.unreserved()).containsEntry("85", tlv("00", "vn.example") + tlv("01", "x"));
    }

    @Test
    void reportsNonAsciiOutsideTheAlternateLanguageTemplate() {
        assertViolations(withCrc(HEAD + NAPAS + TAIL + tlv("59", "NGUYỄN VĂN A")), VietQrRule.NON_ASCII);
        VietQr qr = VietQr.parse(withCrc(HEAD + NAPAS + TAIL + tlv("64", tlv("00", "vi") + tlv("01", "Nguyễn Văn A"))));
        assertThat(qr.alternateLanguage()).containsEntry("00", "vi").containsEntry("01", "Nguyễn Văn A");
    }

    @Test
    void reportsFieldsOverTheirLimits() {
        assertViolations(withCrc(HEAD + NAPAS + TAIL + tlv("59", "N".repeat(26))), VietQrRule.FIELD_TOO_LONG);
        assertViolations(withCrc(HEAD + NAPAS + TAIL + tlv("60", "C".repeat(16))), VietQrRule.FIELD_TOO_LONG);
        assertViolations(withCrc(HEAD + NAPAS + TAIL + tlv("62", tlv("08", "p".repeat(26)))), VietQrRule.FIELD_TOO_LONG);
        assertViolations(withCrc(HEAD + NAPAS + "5303704" + tlv("54", "1".repeat(14)) + "5802VN"), VietQrRule.FIELD_TOO_LONG);
        assertViolations(withCrc(HEAD + NAPAS + TAIL + tlv("59", "N".repeat(25)) + tlv("60", "C".repeat(15))));
    }

    @Test
    void listsEveryBrokenRuleOnce() {
        String payload = withCrc(HEAD + tlv("27", "raw") + tlv("28", "also raw") + tlv("59", "Ă".repeat(26)));
        assertThat(VietQr.parseLenient(payload).strictViolations()).containsExactly(VietQrRule.NO_NAPAS_ACCOUNT,
                VietQrRule.BAD_TEMPLATE, VietQrRule.NON_ASCII, VietQrRule.FIELD_TOO_LONG, VietQrRule.BAD_CURRENCY,
                VietQrRule.BAD_COUNTRY);
    }

    @Test
    void acceptsServiceCodeNestedInTheBeneficiaryTemplateWithAWarning() {
        String payload = withCrc(HEAD + tlv("38", tlv("00", "A000000727") + tlv("01", tlv("00", "970436") + tlv("01", "1012345678")
                + tlv("02", "QRIBFTTA"))) + TAIL);
        VietQr qr = VietQr.parse(payload);
        assertThat(qr.service()).contains(ServiceCode.TO_ACCOUNT);
        assertThat(qr.account()).contains("1012345678");
        assertThat(qr.warnings()).extracting(VietQrWarning::rule).containsExactly(VietQrRule.NESTED_SERVICE_CODE);
        assertThat(qr.warnings().get(0).offset()).hasValue(58);
    }

    @Test
    void warnsAboutUnknownSubTagsAndReservedTags() {
        String payload = withCrc(HEAD + tlv("38", tlv("00", "A000000727") + tlv("01", tlv("00", "970436") + tlv("01", "1"))
                + tlv("02", "QRIBFTTA") + tlv("09", "x")) + TAIL + tlv("62", tlv("20", "x")) + tlv("70", "rfu"));
        VietQr qr = VietQr.parse(payload);
        assertThat(qr.warnings()).extracting(VietQrWarning::rule)
                .containsExactly(VietQrRule.UNKNOWN_SUB_TAG, VietQrRule.UNKNOWN_SUB_TAG, VietQrRule.UNKNOWN_TAG);
        assertThat(qr.additionalData()).containsEntry("20", "x");
    }

    @Test
    void takesServiceCodeAsAbsentWhenNotWritten() {
        VietQr qr = VietQr.parse(withCrc(HEAD + tlv("38", tlv("00", "A000000727") + tlv("01", tlv("00", "970436")
                + tlv("01", "MERCHANT01"))) + TAIL));
        assertThat(qr.serviceCode()).isEmpty();
    }

    @Test
    void readsAmountsWithZeroDecimalsAndRejectsFractions() {
        assertThat(VietQr.parse(withCrc(HEAD + NAPAS + "5303704" + "540650.000" + "5802VN")).amount()).contains(Vnd.of(50));
        assertThatThrownBy(() -> VietQr.parseLenient(withCrc(HEAD + NAPAS + "5303704" + "54045.50" + "5802VN")))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(EmvError.BAD_AMOUNT);
                    assertThat(e.offset()).hasValue(84);
                });
        assertThatThrownBy(() -> VietQr.parseLenient(withCrc(HEAD + NAPAS + tlv("54", "9".repeat(19)))))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(EmvError.BAD_AMOUNT));
    }

    @Test
    void rejectsNapasTemplateThatDoesNotSplitWithBadLength() {
        assertThatThrownBy(() -> VietQr.parseLenient(withCrc("000201" + "010213" + tlv("38", "0010A00000072"))))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(EmvError.BAD_LENGTH));
    }

    @Test
    void logsLenientAcceptanceOfStrictViolationsWithoutPersonalData() {
        String good = TestPayloads.NAPAS_DYNAMIC;
        VietQr.parseLenient(good);
        assertThat(logs.messages()).isEmpty();
        VietQr.parseLenient(good.substring(0, good.length() - 4) + "2e2e");
        assertThat(logs.text()).contains("CRC_LOWERCASE").doesNotContain("0011012345678").doesNotContain("970403");
    }

    @Test
    void reportsAMissingDataObjectAtTheCrc() {
        String payload = withCrc(HEAD + NAPAS + "5802VN");
        assertThatThrownBy(() -> VietQr.parse(payload)).isInstanceOfSatisfying(RejectedException.class, e -> {
            assertThat(e.code()).isEqualTo(VietQrRule.BAD_CURRENCY);
            assertThat(e.offset()).hasValue(payload.length() - 8);
        });
    }

    @Test
    void masksTheAccountInToString() {
        VietQr qr = VietQr.parse(TestPayloads.NAPAS_DYNAMIC);
        assertThat(qr.toString()).doesNotContain("0011012345678").contains("5678").contains("dynamic");
        assertThat(qr.warnings().toString()).doesNotContain("0011012345678");
    }

    private static void assertViolations(String payload, VietQrRule... rules) {
        VietQr qr = VietQr.parseLenient(payload);
        assertThat(qr.strictViolations()).containsExactly(rules);
        assertThat(qr.isStrictValid()).isEqualTo(rules.length == 0);
        if (rules.length > 0) {
            assertStrictRejects(payload, rules[0]);
        } else {
            assertThat(VietQr.parse(payload)).isEqualTo(qr);
        }
        assertThat(qr.toPayload()).isEqualTo(payload);
    }

    private static void assertStrictRejects(String payload, VietQrRule rule) {
        assertThatThrownBy(() -> VietQr.parse(payload)).isInstanceOfSatisfying(RejectedException.class, e -> {
            assertThat(e.code()).isEqualTo(rule);
            assertThat(e.offset()).isPresent();
        });
    }

    private static void assertInvalid(VietQr.Builder builder) {
        assertThatThrownBy(builder::build).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(VietQrError.BAD_FIELD));
    }

    @Test
    void keepsWarningsImmutable() {
        VietQr qr = VietQr.parse(TestPayloads.NAPAS_DYNAMIC);
        assertThatThrownBy(() -> qr.warnings().add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(qr.merchantAccountTemplates()).containsOnlyKeys("38");
        assertThat(List.copyOf(qr.additionalData().keySet())).containsExactly("01", "08");
    }
}
