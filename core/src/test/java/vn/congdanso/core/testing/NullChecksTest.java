package vn.congdanso.core.testing;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NullChecksTest {

    public static final class Checked {
        public static int length(String text, int from) {
            return requireNonNull(text, "text == null").length() - from;
        }
    }

    public static final class DeepNpe {
        public static int length(String text) {
            return text.length();
        }
    }

    public static final class Lenient {
        public static boolean isMissing(String text) {
            return text == null;
        }
    }

    public static final class ValidatesFirst {
        public static String join(String first, String second) {
            if (first.isEmpty()) {
                throw new IllegalArgumentException("empty");
            }
            return first + requireNonNull(second, "second == null");
        }
    }

    @Test
    void acceptsAMethodThatNamesItsNullArgument() {
        assertThat(NullChecks.exempting().violations(List.of(Checked.class))).isEmpty();
    }

    @Test
    void reportsAnNpeFromDeepInside() {
        assertThat(NullChecks.exempting().violations(List.of(DeepNpe.class))).singleElement()
                .asString().contains("DeepNpe.length", "NullPointerException");
    }

    @Test
    void reportsAMethodThatAcceptsNull() {
        assertThat(NullChecks.exempting().violations(List.of(Lenient.class))).singleElement()
                .asString().contains("returned normally");
    }

    @Test
    void reportsAMethodThatChecksNullOnlyAfterUsingItsOtherArguments() {
        assertThat(NullChecks.exempting().sample(String.class, "").violations(List.of(ValidatesFirst.class)))
                .anySatisfy(v -> assertThat(v).contains("IllegalArgumentException"));
    }

    @Test
    void leavesOutExemptMembers() {
        assertThat(NullChecks.exempting("Lenient.isMissing").violations(List.of(Lenient.class))).isEmpty();
    }

    public static final class Counter {
        private int count;

        public void add(String name) {
            count += name.length();
        }
    }

    @Test
    void checksTheInstanceMethodsOfGivenObjects() {
        assertThat(NullChecks.exempting().violationsOf(new Counter())).singleElement()
                .asString().contains("Counter.add");
    }
}
