package vn.congdanso.payments.callback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.congdanso.core.Vnd;
import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.PaymentStatus;
import vn.congdanso.payments.RawCallback;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 10 000 orders, each delivered 1 to 4 times (about 30 % duplicates) in random order by 16
 * threads through two processors with stores of their own over one database, as two app
 * instances would. Half the orders are in the store's table, half come from the app's lookup;
 * a second run has every order in the table and no lookup, the conditional-update fast path.
 */
abstract class ConcurrencyContract {

    static final int ORDERS = 10_000;
    static final int THREADS = 16;
    static final long AMOUNT = 120_000;

    Databases.Db db;

    abstract Databases.Db database();

    @AfterEach
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void everyOrderIsPaidOnceAndEveryDeliveryAudited() throws Exception {
        run(true);
    }

    @Test
    void everyStoredOrderIsPaidOnceThroughTheFastPath() throws Exception {
        run(false);
    }

    private void run(boolean lookup) throws Exception {
        db = database();
        JdbcCallbackStore first = JdbcCallbackStore.builder().dataSource(db.dataSource()).build();
        first.migrate();
        TestPool secondPool = new TestPool(db.url());
        JdbcCallbackStore second = JdbcCallbackStore.builder().dataSource(secondPool).build();
        insertStoreOrders(db.dataSource(), lookup ? 2 : 1);
        Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
        List<CallbackProcessor> processors = List.of(processor(first, handled, lookup),
                processor(second, handled, lookup));
        ConcurrentLinkedQueue<RawCallback> deliveries = new ConcurrentLinkedQueue<>(deliveries(new Random(11)));
        int delivered = deliveries.size();
        AtomicInteger retries = new AtomicInteger();
        Map<CallbackOutcome, AtomicInteger> outcomes = new ConcurrentHashMap<>();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            CallbackProcessor processor = processors.get(t % 2);
            workers.add(pool.submit(() -> {
                RawCallback callback;
                while ((callback = deliveries.poll()) != null) {
                    CallbackOutcome outcome = processor.process(callback).outcome();
                    outcomes.computeIfAbsent(outcome, o -> new AtomicInteger()).incrementAndGet();
                    if (outcome == CallbackOutcome.RETRY) {
                        retries.incrementAndGet();
                        deliveries.add(callback);
                    }
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        secondPool.dispose();

        assertThat(outcomes.get(CallbackOutcome.APPLIED)).hasValue(ORDERS);
        assertThat(outcomes.get(CallbackOutcome.DUPLICATE)).hasValue(delivered - ORDERS);
        assertThat(handled).hasSize(ORDERS).allSatisfy((ref, count) -> assertThat(count).hasValue(1));
        assertThat(first.auditCount()).isEqualTo(delivered + retries.get());
        for (int i = 0; i < ORDERS; i += 997) {
            Order order = first.findOrder(ref(i)).orElseThrow();
            assertThat(order.status()).isEqualTo(PaymentStatus.PAID);
            assertThat(order.paymentCount()).isEqualTo(1);
        }
        assertThat(first.pendingBefore(Instant.now().plusSeconds(60), ORDERS)).isEmpty();
    }

    static CallbackProcessor processor(CallbackStore store, Map<String, AtomicInteger> handled, boolean lookup) {
        CallbackProcessor.Builder builder = CallbackProcessor.builder().verifier(new TestGateway()).store(store)
                .handler(transition -> handled.computeIfAbsent(transition.order().ref(), r -> new AtomicInteger())
                        .incrementAndGet());
        if (lookup) {
            builder.orders((gateway, ref) -> Optional.of(ExpectedPayment.of(ref, Vnd.of(AMOUNT))));
        }
        return builder.build();
    }

    static String ref(int i) {
        return "C-" + i;
    }

    /** 1 delivery for 70 % of orders, 2 for 20 %, 3 for 7 %, 4 for 3 %: about 30 % duplicates. */
    static List<RawCallback> deliveries(Random random) {
        List<RawCallback> all = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            RawCallback callback = TestGateway.paid(ref(i), AMOUNT, Integer.toString(20_000_000 + i));
            int roll = random.nextInt(100);
            int copies = roll < 70 ? 1 : roll < 90 ? 2 : roll < 97 ? 3 : 4;
            for (int c = 0; c < copies; c++) {
                all.add(callback);
            }
        }
        Collections.shuffle(all, random);
        return all;
    }

    /** Every {@code step}-th order, written straight into the store's table in one batch. */
    static void insertStoreOrders(DataSource dataSource, int step) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO congdanso_orders (order_ref,"
                        + " amount, status, created_at, updated_at) VALUES (?, ?, 'PENDING', ?, ?)")) {
            connection.setAutoCommit(false);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (int i = 0; i < ORDERS; i += step) {
                insert.setString(1, ref(i));
                insert.setLong(2, AMOUNT);
                insert.setObject(3, now);
                insert.setObject(4, now);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }
    }
}

