package vn.congdanso.identity.oidc;

import java.time.Clock;
import java.time.ZoneOffset;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Whatever text arrives as an ID token, validation ends in a verified token or a typed rejection. */
class IdTokenFuzzTest {

    private static final IdTokenValidator VALIDATOR = IdTokenValidatorTest.validator(Clock.fixed(TestKeys.NOW, ZoneOffset.UTC));
    private static final String VALID = TestKeys.sign(TestKeys.claims().build());

    @Property(tries = 300)
    void arbitraryTextIsRejectedWithATypedError(@ForAll("tokenLike") String text) {
        Throwable thrown = catchThrowable(() -> VALIDATOR.validate(text, IdTokenExpectations.none()));

        assertThat(thrown).isInstanceOf(RejectedException.class);
    }

    @Property(tries = 300)
    void anyOneCharacterChangeToAValidTokenIsRejected(@ForAll("positions") int position, @ForAll("replacements") char c) {
        int index = position % VALID.length();
        if (VALID.charAt(index) == c) {
            return;
        }
        String mutated = VALID.substring(0, index) + c + VALID.substring(index + 1);

        Throwable thrown = catchThrowable(() -> VALIDATOR.validate(mutated, IdTokenExpectations.none()));

        assertThat(thrown).isInstanceOf(RejectedException.class);
    }

    @Provide
    Arbitrary<String> tokenLike() {
        Arbitrary<String> segment = Arbitraries.strings().withChars("ABCDEFabcdef0123456789-_=.{}\":eyJ").ofMaxLength(80);
        return Arbitraries.oneOf(segment, segment.list().ofMinSize(1).ofMaxSize(5).map(parts -> String.join(".", parts)),
                Arbitraries.strings().ofMaxLength(200));
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 10_000);
    }

    @Provide
    Arbitrary<Character> replacements() {
        return Arbitraries.chars().with("AZaz09-_.=".toCharArray());
    }
}
