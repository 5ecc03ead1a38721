package vn.congdanso.identity.chip.internal;

import java.util.Arrays;
import java.util.function.Consumer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.chip.ChipFiles;
import vn.congdanso.identity.chip.ChipVerdict;
import vn.congdanso.identity.chip.ChipVerification;
import vn.congdanso.identity.chip.PassiveAuthenticator;
import vn.congdanso.identity.chip.testkit.ChipFixture;
import vn.congdanso.identity.chip.testkit.ChipFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Mutated and truncated chip files: the parsers throw nothing but SDK rejections, and the
 * authenticator answers every input with a verdict. Bounded: a few hundred tries per property.
 */
class ChipParsersFuzzTest {

    private static final ChipFixture GENUINE = ChipFixtures.builder().build();
    private static final PassiveAuthenticator AUTHENTICATOR = PassiveAuthenticator.builder()
            .trustStore(GENUINE.trustStore()).clock(ChipFixtures.CLOCK).build();

    @Provide
    Arbitrary<Tuple.Tuple3<Integer, Integer, Integer>> mutations() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).tuple3();
    }

    private static byte[] mutate(byte[] data, Tuple.Tuple3<Integer, Integer, Integer> mutation) {
        byte[] copy = data.clone();
        int at = mutation.get1() % copy.length;
        switch (mutation.get3() % 3) {
            case 0 -> copy[at] ^= (byte) (1 << (mutation.get2() % 8));
            case 1 -> copy[at] = (byte) (mutation.get2() % 256);
            default -> {
                return Arrays.copyOf(copy, at);
            }
        }
        return copy;
    }

    private static void onlyRejections(byte[] data, Consumer<byte[]> parser) {
        assertThatCode(() -> {
            try {
                parser.accept(data);
            } catch (RejectedException expected) {
                // the only failure allowed
            }
        }).doesNotThrowAnyException();
    }

    @Property(tries = 150)
    void answersEveryMutatedSodWithAVerdict(@ForAll("mutations") Tuple.Tuple3<Integer, Integer, Integer> mutation) {
        ChipVerification result = AUTHENTICATOR.verify(GENUINE.files(mutate(GENUINE.sod(), mutation)));

        assertThat(result.verdict()).isNotNull();
        assertThat(result.verified().isPresent()).isEqualTo(result.verdict().dataIntact());
    }

    @Property(tries = 300)
    void parsesMutatedDataGroupsWithOnlyRejections(@ForAll("mutations") Tuple.Tuple3<Integer, Integer, Integer> mutation) {
        onlyRejections(mutate(GENUINE.dataGroup(1), mutation), Dg1Parser::parse);
        onlyRejections(mutate(GENUINE.dataGroup(2), mutation), Dg2Parser::parse);
        onlyRejections(mutate(GENUINE.dataGroup(13), mutation), Dg13Parser::parse);
        onlyRejections(mutate(GENUINE.dataGroup(13), mutation), Dg14Parser::parseDg14);
        onlyRejections(mutate(GENUINE.dataGroup(13), mutation), Dg14Parser::parseDg15);
    }

    @Property(tries = 200)
    void parsesRandomBytesWithOnlyRejections(@ForAll byte[] data) {
        onlyRejections(data, SodParser::parse);
        onlyRejections(data, Dg1Parser::parse);
        onlyRejections(data, Dg2Parser::parse);
        onlyRejections(data, Dg13Parser::parse);
    }

    @net.jqwik.api.Example
    void reportsEveryTruncationOfTheSodAsMalformed() {
        byte[] sod = GENUINE.sod();
        for (int length = 0; length < sod.length; length++) {
            ChipFiles files = ChipFiles.builder().sod(Arrays.copyOf(sod, length)).build();

            assertThat(AUTHENTICATOR.verify(files).verdict()).as("length %d", length).isEqualTo(ChipVerdict.MALFORMED);
        }
    }
}
