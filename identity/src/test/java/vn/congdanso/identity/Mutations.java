package vn.congdanso.identity;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import vn.congdanso.core.CongDanSoException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Seeded random mutation of valid inputs, for "only SDK exceptions come out" tests: replaces,
 * inserts, deletes and duplicates characters, drawing from the input's own alphabet and from
 * characters that break parsers (separators, line breaks, NUL, lone surrogates, combining marks,
 * non-ASCII digits).
 */
public final class Mutations {

    /** The number of mutated inputs each parser must survive. */
    public static final int COUNT = 100_000;
    /**
     * The hard time limit for {@link #COUNT} inputs: about a second on an idle machine, generous
     * here because helpers share a loaded two-core build machine.
     */
    public static final long BUDGET_MILLIS = 30_000;

    private static final String HOSTILE = "|<\n\r \t\u0000\uD800\uDC00\u0301\u0323٣Ữữđ-/.,O0I1B8S5Z2";

    private final Random random;
    private final String alphabet;

    /** Mutations drawing from {@code alphabet} and hostile characters, seeded. */
    public Mutations(long seed, String alphabet) {
        this.random = new Random(seed);
        this.alphabet = alphabet + HOSTILE;
    }

    /** {@code valid} with one to four random edits. */
    public String mutate(String valid) {
        StringBuilder text = new StringBuilder(valid);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            edit(text);
        }
        return text.toString();
    }

    /**
     * Feeds {@link #COUNT} mutations of the valid inputs to {@code parser}, round robin; fails on
     * any exception that is not an SDK exception, or when the budget is exceeded.
     */
    public void assertOnlySdkExceptions(List<String> valid, Consumer<String> parser) {
        long start = System.nanoTime();
        int rejected = 0;
        for (int i = 0; i < COUNT; i++) {
            String input = mutate(valid.get(i % valid.size()));
            try {
                parser.accept(input);
            } catch (CongDanSoException expected) {
                rejected++;
            } catch (RuntimeException e) {
                fail("non-SDK exception for input " + escape(input), e);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("time for %d inputs", COUNT).isLessThan(BUDGET_MILLIS);
        assertThat(rejected).as("some mutations must be rejected").isPositive();
    }

    private void edit(StringBuilder text) {
        int position = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
        switch (random.nextInt(6)) {
            case 0, 1 -> {
                if (position < text.length()) {
                    text.setCharAt(position, pick());
                }
            }
            case 2 -> text.insert(position, pick());
            case 3 -> {
                if (position < text.length()) {
                    text.deleteCharAt(position);
                }
            }
            case 4 -> text.setLength(position);
            default -> {
                int end = Math.min(text.length(), position + random.nextInt(8));
                text.insert(position, text.substring(position, end));
            }
        }
    }

    private char pick() {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }

    private static String escape(String input) {
        StringBuilder out = new StringBuilder();
        input.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.toString();
    }
}
