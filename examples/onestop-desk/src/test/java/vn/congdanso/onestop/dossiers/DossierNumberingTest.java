package vn.congdanso.onestop.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import vn.congdanso.onestop.DeskApp;

/** Dossier numbers come from the database: concurrent intakes never share one, and none is skipped. */
class DossierNumberingTest {

    private final DeskApp desk = DeskApp.shared();

    @Test
    void concurrentDesksDrawDistinctConsecutiveNumbersFromTheDatabase() throws Exception {
        DossierStore store = desk.bean(DossierStore.class);
        String unit = "T" + System.nanoTime() % 1_000_000;
        LocalDate day = LocalDate.of(2026, 1, 2);
        List<Long> drawn = runConcurrently(12, 5, () -> store.nextSequence(unit, day));
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 60).boxed().toList());
        assertThat(store.nextSequence(unit, day.plusDays(1))).isEqualTo(1);
    }

    @Test
    void concurrentIntakesOverHttpGetDistinctDossierCodes() throws Exception {
        List<String> codes = runConcurrently(6, 2, () -> DossierIntakeTest.register(desk, "1.001193"));
        assertThat(codes).doesNotHaveDuplicates().hasSize(12);
    }

    private static <T> List<T> runConcurrently(int threads, int each, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = IntStream.range(0, threads * each).mapToObj(i -> pool.submit(task)).toList();
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
