package vn.congdanso.qr.procedure;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

import vn.congdanso.core.CongDanSoException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Seeded mutation fuzzing: feeds a parser {@code count} inputs made by mutating valid seeds (or
 * generating from an alphabet) and fails on the first exception that is not an SDK exception, or
 * when the run exceeds its time bound.
 */
public final class Fuzz {

    /** Inputs per parser. */
    public static final int COUNT = 100_000;
    /** The time bound per parser: a fail-safe well above the few seconds a run takes on an idle machine. */
    public static final Duration BOUND = Duration.ofSeconds(60);
    private static final String NOISE = "0123456789.-: ABCDEFGHXYZabcxyzĐđạ\u0000\n\t\uD83D\uDE00%$*+/";

    private final Random random;

    public Fuzz(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    /** One mutation of {@code seed}: replace, insert, delete, swap, truncate, duplicate or random text. */
    public String mutate(String seed, String alphabet) {
        StringBuilder text = new StringBuilder(seed);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = text.length() == 0 ? 0 : random.nextInt(text.length());
            switch (random.nextInt(7)) {
                case 0 -> { if (text.length() > 0) text.setCharAt(at, pick(alphabet)); }
                case 1 -> text.insert(at, pick(alphabet));
                case 2 -> { if (text.length() > 0) text.deleteCharAt(at); }
                case 3 -> { if (text.length() > 0) text.setCharAt(at, pick(NOISE)); }
                case 4 -> text.setLength(at);
                case 5 -> text.append(text, 0, Math.min(text.length(), random.nextInt(8)));
                default -> text.replace(0, text.length(), randomText(alphabet, random.nextInt(30)));
            }
        }
        return text.toString();
    }

    public String randomText(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(pick(random.nextInt(10) == 0 ? NOISE : alphabet));
        }
        return text.toString();
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }

    /**
     * Runs {@code parser} on {@value #COUNT} inputs from {@code inputs}; returns how many it accepted.
     */
    public static <T> int run(Function<Integer, T> inputs, Consumer<T> parser) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        int accepted = 0;
        for (int i = 0; i < COUNT; i++) {
            T input = inputs.apply(i);
            try {
                parser.accept(input);
                accepted++;
            } catch (CongDanSoException expected) {
                assertThat(expected.getMessage()).isNotNull();
            } catch (RuntimeException e) {
                fail("input " + i + " (" + input + ") escaped as " + e, e);
            }
            if (System.nanoTime() > deadline) {
                fail("fuzzing exceeded " + BOUND + " after " + i + " inputs");
            }
        }
        return accepted;
    }

    /** Picks one of {@code seeds}. */
    public String seed(List<String> seeds) {
        return seeds.get(random.nextInt(seeds.size()));
    }
}
