package vn.congdanso.core;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VndTest {

    @Test
    void addsSubtractsAndMultiplies() {
        Vnd fee = Vnd.of(50_000);

        assertThat(fee.times(2).plus(Vnd.of(20_000))).isEqualTo(Vnd.of(120_000));
        assertThat(fee.minus(Vnd.of(50_000))).isEqualTo(Vnd.ZERO);
        assertThat(Vnd.ZERO.isZero()).isTrue();
    }

    @Test
    void rejectsOverflowInsteadOfWrapping() {
        Vnd max = Vnd.of(Long.MAX_VALUE);

        assertThatThrownBy(() -> max.plus(Vnd.of(1))).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(CoreError.AMOUNT_OVERFLOW));
        assertThatThrownBy(() -> max.times(2)).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(CoreError.AMOUNT_OVERFLOW));
        assertThatThrownBy(() -> Vnd.of(Long.MAX_VALUE / 10).toHundredths())
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreError.AMOUNT_OVERFLOW));
    }

    @Test
    void rejectsNegativeResults() {
        assertThatThrownBy(() -> Vnd.of(1).minus(Vnd.of(2))).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> Vnd.of(-1)).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> Vnd.of(1).times(-1)).isInstanceOf(RejectedException.class);
    }

    @Test
    void convertsHundredthsExactlyOnce() {
        assertThat(Vnd.of(120_000).toHundredths()).isEqualTo(12_000_000L);
        assertThat(Vnd.ofHundredths(12_000_000L)).isEqualTo(Vnd.of(120_000));
        assertThat(Vnd.parseHundredths("12000000")).isEqualTo(Vnd.of(120_000));
        assertThatThrownBy(() -> Vnd.ofHundredths(12_000_050L)).isInstanceOf(RejectedException.class);
    }

    @Test
    void formatsForDisplayAndWire() {
        assertThat(Vnd.of(120_000).format()).isEqualTo("120.000 ₫");
        assertThat(Vnd.of(1_234_567_890).format()).isEqualTo("1.234.567.890 ₫");
        assertThat(Vnd.of(999).format()).isEqualTo("999 ₫");
        assertThat(Vnd.ZERO.format()).isEqualTo("0 ₫");
        assertThat(Vnd.of(120_000).toPlainString()).isEqualTo("120000");
        assertThat(Vnd.of(120_000)).hasToString("120.000 ₫");
    }

    @Test
    void parsesPlainDigits() {
        assertThat(Vnd.parse("120000")).isEqualTo(Vnd.of(120_000));
        assertThat(Vnd.parse("000120")).isEqualTo(Vnd.of(120));
    }

    @Test
    void rejectsAnythingButDigitsWithTheOffset() {
        assertThatThrownBy(() -> Vnd.parse("12,000")).isInstanceOfSatisfying(RejectedException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreError.BAD_AMOUNT);
            assertThat(e.offset()).hasValue(2);
        });
        assertThatThrownBy(() -> Vnd.parse("-5")).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> Vnd.parse("")).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> Vnd.parse(null)).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> Vnd.parse("1234567890123456789"))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreError.AMOUNT_OVERFLOW));
    }

    @Test
    void ordersByAmount() {
        assertThat(Vnd.of(1)).isLessThan(Vnd.of(2));
    }

    @Property(tries = 20_000)
    void parsingAnyTextYieldsAnAmountOrARejection(@ForAll String text) {
        try {
            assertThat(Vnd.parse(text).toPlainString()).isEqualTo(text.replaceFirst("^0+(?=.)", ""));
        } catch (RejectedException expected) {
            assertThat(expected.offset()).isPresent();
        }
    }
}
