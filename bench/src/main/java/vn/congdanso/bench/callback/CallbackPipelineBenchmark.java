package vn.congdanso.bench.callback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.postgresql.ds.PGConnectionPoolDataSource;

import vn.congdanso.core.Vnd;
import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.callback.CallbackProcessor;
import vn.congdanso.payments.callback.ExpectedPayment;
import vn.congdanso.payments.callback.JdbcCallbackStore;

/**
 * Callbacks per second through the whole exactly-once pipeline (verify a VNPay-shaped IPN with
 * HMAC-SHA512, take the order from the app's lookup, insert it if absent, lock it, check it,
 * settle it, audit the delivery, commit), beside the floor: a bare JDBC loop doing one
 * autocommitted insert-if-absent per callback on the same database and pool. Each operation
 * settles a new order. 1 and 16 threads.
 *
 * <p>{@code db=h2} is in-memory H2; {@code db=postgres} needs {@code CONGDANSO_BENCH_PG_URL} or
 * {@code CONGDANSO_TEST_PG_URL}: {@code bench/run CallbackPipeline -p db=h2,postgres}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CallbackPipelineBenchmark {

    private static final long AMOUNT = 120_000;
    private static final int CALLBACKS = 120_000;

    /** The database, its pool, the pipeline over it, and the floor's statement. */
    @State(Scope.Benchmark)
    public static class Db {

        @Param({"h2"})
        public String db;

        JdbcConnectionPool pool;
        CallbackProcessor processor;
        String floorInsert;
        final AtomicLong floorKeys = new AtomicLong();

        @Setup(Level.Trial)
        public void open() throws SQLException {
            pool = pool(db);
            pool.setMaxConnections(32);
            for (String table : List.of("congdanso_callback_audit", "congdanso_orders", "congdanso_schema_version",
                    "bench_floor")) {
                execute(pool, "DROP TABLE IF EXISTS " + table);
            }
            JdbcCallbackStore store = JdbcCallbackStore.builder().dataSource(pool).build();
            store.migrate();
            execute(pool, "CREATE TABLE bench_floor (order_ref VARCHAR(100) PRIMARY KEY, amount BIGINT NOT NULL)");
            floorInsert = db.equals("h2")
                    ? "MERGE INTO bench_floor KEY (order_ref) VALUES (?, ?)"
                    : "INSERT INTO bench_floor (order_ref, amount) VALUES (?, ?) ON CONFLICT DO NOTHING";
            processor = CallbackProcessor.builder().verifier(new BenchVerifier()).store(store)
                    .orders((gateway, ref) -> Optional.of(ExpectedPayment.of(ref, Vnd.of(AMOUNT))))
                    .handler(transition -> { })
                    .build();
        }

        @TearDown(Level.Trial)
        public void close() {
            pool.dispose();
        }

        private static JdbcConnectionPool pool(String db) {
            if (db.equals("h2")) {
                return JdbcConnectionPool.create("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "", "");
            }
            String url = Optional.ofNullable(System.getenv("CONGDANSO_BENCH_PG_URL"))
                    .orElseGet(() -> System.getenv("CONGDANSO_TEST_PG_URL"));
            if (url == null) {
                throw new IllegalStateException("db=postgres needs CONGDANSO_BENCH_PG_URL or CONGDANSO_TEST_PG_URL");
            }
            PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
            source.setURL(url);
            return JdbcConnectionPool.create(source);
        }

        private static void execute(DataSource dataSource, String sql) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }

    /** One thread's signed IPNs, each for an order of its own, prepared before measuring. */
    @State(Scope.Thread)
    public static class Feed {

        private static final AtomicLong THREADS = new AtomicLong();
        List<RawCallback> callbacks;
        int next;

        @Setup(Level.Trial)
        public void sign(BenchmarkParams params) {
            long thread = THREADS.incrementAndGet();
            int count = CALLBACKS / params.getThreads();
            callbacks = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                callbacks.add(BenchVerifier.ipn("B" + thread + "-" + i, AMOUNT, thread * 10_000_000L + i));
            }
        }

        RawCallback next() {
            RawCallback callback = callbacks.get(next);
            next = (next + 1) % callbacks.size();
            return callback;
        }
    }

    @Benchmark
    @Threads(1)
    public CallbackOutcome pipeline1(Db db, Feed feed) {
        return db.processor.process(feed.next()).outcome();
    }

    @Benchmark
    @Threads(16)
    public CallbackOutcome pipeline16(Db db, Feed feed) {
        return db.processor.process(feed.next()).outcome();
    }

    @Benchmark
    @Threads(1)
    public int floor1(Db db) throws SQLException {
        return insertIfAbsent(db);
    }

    @Benchmark
    @Threads(16)
    public int floor16(Db db) throws SQLException {
        return insertIfAbsent(db);
    }

    private static int insertIfAbsent(Db db) throws SQLException {
        try (Connection connection = db.pool.getConnection();
                PreparedStatement insert = connection.prepareStatement(db.floorInsert)) {
            insert.setString(1, "F" + db.floorKeys.incrementAndGet());
            insert.setLong(2, AMOUNT);
            return insert.executeUpdate();
        }
    }
}
