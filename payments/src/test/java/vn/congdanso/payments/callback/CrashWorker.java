package vn.congdanso.payments.callback;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.RawCallback;

/**
 * The process {@link CrashSafetyContract} kills: processes the delivery stream for orders
 * {@code 0 .. count-1} with four threads, the handler writing to {@code handler_log} in the
 * transition's transaction, and prints {@code progress N} as it goes, until killed.
 */
public final class CrashWorker {

    private CrashWorker() {
    }

    /** {@code args}: the JDBC URL and the number of orders. */
    public static void main(String[] args) throws Exception {
        TestPool pool = new TestPool(args[0]);
        CallbackProcessor processor = CrashSafetyContract.processor(
                JdbcCallbackStore.builder().dataSource(pool).build());
        List<RawCallback> stream = CrashSafetyContract.deliveries(Integer.parseInt(args[1]));
        ConcurrentLinkedQueue<RawCallback> queue = new ConcurrentLinkedQueue<>(stream);
        AtomicInteger done = new AtomicInteger();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                RawCallback callback;
                while ((callback = queue.poll()) != null) {
                    if (processor.process(callback).outcome() == CallbackOutcome.RETRY) {
                        queue.add(callback);
                    }
                    int n = done.incrementAndGet();
                    if (n % 25 == 0) {
                        System.out.println("progress " + n);
                        System.out.flush();
                    }
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.println("finished");
    }

    /** The handler's effect: one row per run, in the transition's transaction. */
    static void log(java.sql.Connection connection, String ref) throws java.sql.SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO handler_log (order_ref) VALUES (?)")) {
            insert.setString(1, ref);
            insert.executeUpdate();
        }
    }
}
