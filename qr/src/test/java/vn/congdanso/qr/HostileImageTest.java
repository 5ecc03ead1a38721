package vn.congdanso.qr;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;
import vn.congdanso.qr.internal.HostileImages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files under the 50-megapixel cap that cost far too much if decoded naively. The whole call,
 * file included, must stay within twice the time budget and allocate at most 256 MB.
 */
class HostileImageTest {

    private static final Duration BUDGET = Duration.ofSeconds(1);
    private static final long MAX_ALLOCATED = 256L * 1024 * 1024;
    private static final int FUZZ_CASES = 200;
    private static final long FUZZ_NANOS = 15_000_000_000L;

    @Test
    void refusesAFortyNineMillionByOnePngFromItsHeader() throws IOException {
        byte[] file = HostileImages.png(49_000_000, 1, HostileImages.GREY, 8);

        Cost cost = measure(() -> assertThatThrownBy(() -> QrDecoder.standard().decode(file))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(QrError.BAD_IMAGE_SHAPE)));

        assertThat(file.length).isLessThan(300_000);
        cost.assertWithin(BUDGET.multipliedBy(2), MAX_ALLOCATED);
    }

    @Test
    void readsASevenThousandSquareSixteenBitRgbaPngSubsampledWithinBudget() throws IOException {
        byte[] file = HostileImages.png(7000, 7000, HostileImages.RGBA, 16);

        Cost cost = measure(() -> assertThatThrownBy(() -> QrDecoder.standard().decode(file))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(QrError.NOT_FOUND)));

        assertThat(file.length).isLessThan(20_000_000);
        cost.assertWithin(BUDGET.multipliedBy(2), MAX_ALLOCATED);
    }

    /** Seeded mutations of hostile files (headers mostly, so that declared sizes change): each call bounded. */
    @Test
    void mutatedHostileFilesStayWithinTimeAndMemoryBounds() throws IOException {
        List<byte[]> seeds = List.of(HostileImages.png(49_000_000, 1, HostileImages.GREY, 8),
                HostileImages.png(2000, 2000, HostileImages.RGBA, 16),
                HostileImages.png(12_000, 300, HostileImages.GREY, 16));
        Random random = new Random(20261201L);
        long end = System.nanoTime() + FUZZ_NANOS;
        int cases = 0;
        for (; cases < FUZZ_CASES && System.nanoTime() < end; cases++) {
            byte[] input = seeds.get(cases % seeds.size()).clone();
            for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                int at = random.nextInt(random.nextInt(4) == 0 ? input.length : 33);
                input[at] = (byte) random.nextInt(256);
            }
            measure(() -> {
                try {
                    QrDecoder.standard().decode(input);
                } catch (RejectedException expected) {
                    assertThat(expected.code()).isIn(QrError.UNREADABLE_IMAGE, QrError.IMAGE_TOO_LARGE,
                            QrError.BAD_IMAGE_SHAPE, QrError.NOT_FOUND);
                }
            }).assertWithin(BUDGET.multipliedBy(2), MAX_ALLOCATED);
        }

        assertThat(cases).isGreaterThanOrEqualTo(20);
    }

    private record Cost(long nanos, long allocated) {
        void assertWithin(Duration time, long bytes) {
            assertThat(Duration.ofNanos(nanos)).isLessThanOrEqualTo(time);
            assertThat(allocated).isLessThanOrEqualTo(bytes);
        }
    }

    private static Cost measure(Runnable call) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long allocatedBefore = threads.getThreadAllocatedBytes(id);
        long start = System.nanoTime();
        call.run();
        long nanos = System.nanoTime() - start;
        return new Cost(nanos, threads.getThreadAllocatedBytes(id) - allocatedBefore);
    }
}
