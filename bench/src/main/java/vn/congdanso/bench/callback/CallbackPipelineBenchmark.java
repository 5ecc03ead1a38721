package vn.congdanso.bench.callback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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
import org.postgresql.ds.PGConnectionPoolDataSource;

import vn.congdanso.core.Vnd;
import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.RawCallback;
import vn.congdanso.payments.VerifiedCallback;
import vn.congdanso.payments.callback.CallbackProcessor;
import vn.congdanso.payments.callback.ExpectedPayment;
import vn.congdanso.payments.callback.JdbcCallbackStore;
import vn.congdanso.payments.vnpay.VnpayVerifier;

/**
 * Callbacks per second through the whole exactly-once pipeline (verify a real VNPay IPN with
 * {@code VnpayVerifier}, HMAC-SHA512, decide, settle the order exactly once, audit the delivery,
 * run the handler, commit), beside the floor: a bare JDBC loop doing one autocommitted
 * insert-if-absent per callback on the same database and pool. 1 and 16 threads; every
 * operation settles an order of its own, never a duplicate (an exhausted feed fails the run).
 *
 * <ul>
 *   <li>{@code pipeline1}/{@code pipeline16}: the orders are in the store's table, PENDING, as
 *       when the app creates them with {@code createOrder} before sending the citizen to the
 *       gateway (created before each iteration, outside the measurement): one conditional
 *       {@code UPDATE} and one audit row per callback;</li>
 *   <li>{@code lookup1}/{@code lookup16}: the store has no orders; the app's {@code OrderLookup}
 *       gives each one and the first callback inserts it, settled, inside the measured operation
 *       (the floor inserts a row per operation too);</li>
 *   <li>{@code floor1}/{@code floor16}: {@code MERGE INTO … KEY} on H2, {@code INSERT … ON
 *       CONFLICT DO NOTHING} on PostgreSQL, of a new key, autocommitted;</li>
 *   <li>{@code required1}/{@code required16}: no SDK code, no verification: the least SQL the
 *       pipeline's rules ask of any implementation, in bare JDBC (the conditional update of a
 *       PENDING order and its audit row in one transaction, committed as its own step because
 *       the handler runs before the commit), on the same orders as {@code pipeline*};</li>
 *   <li>{@code verify1}: {@code VnpayVerifier} alone, without a database.</li>
 * </ul>
 *
 * <p>{@code required*} over {@code floor*} bounds the ratio any implementation of the rules can
 * reach; {@code pipeline*} over {@code required*} is what the SDK adds to that least.
 *
 * <p>Run it with {@code -gc true}: the feeds sign up to a few hundred thousand callbacks before
 * each iteration, and without a collection between iterations the pipeline's iterations pay for
 * copying them, which the floor's never do.
 *
 * <p>{@code db=h2} is in-memory H2; {@code db=postgres} needs {@code CONGDANSO_BENCH_PG_URL} or
 * {@code CONGDANSO_TEST_PG_URL}: {@code bench/run CallbackPipeline -p db=h2,postgres -gc true}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CallbackPipelineBenchmark {

    private static final long AMOUNT = 120_000;
    private static final VnpayVerifier VERIFIER = VnpayIpns.verifier();
    private static final String SETTLE = "UPDATE congdanso_orders SET status = 'PAID', gateway = 'VNPAY',"
            + " transaction_id = ?, payment_count = payment_count + 1, updated_at = ?"
            + " WHERE order_ref = ? AND status = 'PENDING' AND amount = ?";
    private static final String AUDIT_INSERT = "INSERT INTO congdanso_callback_audit"
            + " (gateway, source, order_ref, transaction_id, verified, outcome, received_at, payload)";
    private static final String AUDIT_PARAMETERS = "'VNPAY', 'CALLBACK', ?, ?, TRUE, 'APPLIED', ?, ?";
    private static final String AUDIT_VALUES = AUDIT_INSERT + " VALUES (" + AUDIT_PARAMETERS + ")";
    /** An audit payload as long as the store's for these IPNs (the raw query, signature masked). */
    private static final String AUDIT_PAYLOAD = "GET vnp_Amount=12000000&vnp_BankCode=NCB&vnp_BankTranNo=VNP1000001"
            + "&vnp_CardType=ATM&vnp_OrderInfo=Le+phi+ho+tich%3A+ho+so+B1-1-1&vnp_PayDate=20261129101500"
            + "&vnp_ResponseCode=00&vnp_TmnCode=BENCHTMN&vnp_TransactionNo=1000001&vnp_TransactionStatus=00"
            + "&vnp_TxnRef=B1-1-1&vnp_SecureHash=********";
    /**
     * Callbacks signed per iteration, all threads together, on H2 and on PostgreSQL; an iteration
     * gets at least four times what the one before used (this machine's speed varies several-fold
     * between seconds).
     */
    private static final int FIRST_BATCH_H2 = 200_000;
    private static final int FIRST_BATCH_POSTGRES = 20_000;

    /** The database, its pool, the pipelines over it, and the floor's statement. */
    @State(Scope.Benchmark)
    public static class Db {

        @Param({"h2"})
        public String db;

        /**
         * {@code hikari}: HikariCP, as a Spring Boot app has it. {@code h2pool}: H2's
         * {@code JdbcConnectionPool}, which rolls the session back on every checkout, and H2
         * discards a session's compiled statements on rollback (the floor's {@code MERGE} is
         * never cached, so only the pipeline pays for that).
         */
        @Param({"hikari"})
        public String pool;

        DataSource dataSource;
        private AutoCloseable closer;
        CallbackProcessor processor;
        CallbackProcessor lookupProcessor;
        String floorInsert;
        final AtomicLong floorKeys = new AtomicLong();

        @Setup(Level.Trial)
        public void open() throws SQLException {
            openPool();
            for (String table : List.of("congdanso_callback_audit", "congdanso_orders", "congdanso_schema_version",
                    "bench_floor")) {
                execute(dataSource, "DROP TABLE IF EXISTS " + table);
            }
            JdbcCallbackStore store = JdbcCallbackStore.builder().dataSource(dataSource).build();
            store.migrate();
            execute(dataSource, "CREATE TABLE bench_floor (order_ref VARCHAR(100) PRIMARY KEY, amount BIGINT NOT NULL)");
            floorInsert = db.equals("h2")
                    ? "MERGE INTO bench_floor KEY (order_ref) VALUES (?, ?)"
                    : "INSERT INTO bench_floor (order_ref, amount) VALUES (?, ?) ON CONFLICT DO NOTHING";
            processor = CallbackProcessor.builder().verifier(VnpayIpns.verifier()).store(store)
                    .handler(transition -> { })
                    .build();
            lookupProcessor = CallbackProcessor.builder().verifier(VnpayIpns.verifier()).store(store)
                    .orders((gateway, ref) -> Optional.of(ExpectedPayment.of(ref, Vnd.of(AMOUNT))))
                    .handler(transition -> { })
                    .build();
        }

        @TearDown(Level.Trial)
        public void close() throws Exception {
            closer.close();
        }

        private void openPool() {
            String url = db.equals("h2") ? "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1" : postgresUrl();
            switch (pool) {
                case "hikari" -> {
                    HikariConfig config = new HikariConfig();
                    config.setJdbcUrl(url);
                    config.setMaximumPoolSize(32);
                    HikariDataSource hikari = new HikariDataSource(config);
                    dataSource = hikari;
                    closer = hikari;
                }
                case "h2pool" -> {
                    JdbcConnectionPool h2pool;
                    if (db.equals("h2")) {
                        h2pool = JdbcConnectionPool.create(url, "", "");
                    } else {
                        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
                        source.setURL(url);
                        h2pool = JdbcConnectionPool.create(source);
                    }
                    h2pool.setMaxConnections(32);
                    dataSource = h2pool;
                    closer = h2pool::dispose;
                }
                default -> throw new IllegalArgumentException("pool=" + pool + ": hikari or h2pool");
            }
        }

        private static String postgresUrl() {
            String url = Optional.ofNullable(System.getenv("CONGDANSO_BENCH_PG_URL"))
                    .orElseGet(() -> System.getenv("CONGDANSO_TEST_PG_URL"));
            if (url == null) {
                throw new IllegalStateException("db=postgres needs CONGDANSO_BENCH_PG_URL or CONGDANSO_TEST_PG_URL");
            }
            return url;
        }

        private static void execute(DataSource dataSource, String sql) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }

    /**
     * The signed IPNs all threads share, each for an order of its own, signed before each
     * iteration (outside the measurement); with {@link #storesOrders()} their PENDING orders are
     * written to the store's table then too. Shared rather than per thread, because the
     * scheduler serves 16 threads on 2 cores unevenly.
     */
    @State(Scope.Benchmark)
    public static class Feed {

        private int iteration;
        List<RawCallback> callbacks = List.of();
        List<String> refs = List.of();
        final AtomicInteger next = new AtomicInteger();

        @Setup(Level.Iteration)
        public void sign(Db db) throws SQLException {
            int first = db.db.equals("h2") ? FIRST_BATCH_H2 : FIRST_BATCH_POSTGRES;
            int size = Math.max(first, next.get() * 4 + 5_000);
            iteration++;
            refs = new ArrayList<>(size);
            callbacks = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                String ref = "B" + iteration + "-" + i;
                refs.add(ref);
                callbacks.add(VnpayIpns.ipn(ref, AMOUNT, iteration * 1_000_000_000L + i));
            }
            next.set(0);
            if (storesOrders()) {
                insertPendingOrders(db.dataSource, refs);
            }
        }

        /** Whether the measured pipeline finds its orders in the store's table. */
        boolean storesOrders() {
            return false;
        }

        @TearDown(Level.Iteration)
        public void checkNotExhausted() {
            if (next.get() > callbacks.size()) {
                throw new IllegalStateException("feed exhausted: " + next.get() + " callbacks for "
                        + callbacks.size() + " orders, the rest were duplicates; sign more per iteration");
            }
        }

        RawCallback next() {
            return callbacks.get(next.getAndIncrement() % callbacks.size());
        }

        String nextRef() {
            return refs.get(next.getAndIncrement() % refs.size());
        }

        private static void insertPendingOrders(DataSource dataSource, List<String> refs) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO congdanso_orders"
                            + " (order_ref, amount, status, created_at, updated_at) VALUES (?, ?, 'PENDING', ?, ?)")) {
                connection.setAutoCommit(false);
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                for (int i = 0; i < refs.size(); i++) {
                    // Orders created over time, as a desk creates them (not all in one instant).
                    OffsetDateTime created = now.minusNanos((refs.size() - i) * 1_000L);
                    insert.setString(1, refs.get(i));
                    insert.setLong(2, AMOUNT);
                    insert.setObject(3, created);
                    insert.setObject(4, created);
                    insert.addBatch();
                    if (i % 1_000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
                connection.commit();
                connection.setAutoCommit(true);
            }
        }
    }

    /**
     * Signed IPNs for the verifier alone, cycled: verifying is stateless, so repeats measure the
     * same work.
     */
    @State(Scope.Thread)
    public static class Signed {

        private final List<RawCallback> callbacks = new ArrayList<>();
        private int next;

        @Setup(Level.Trial)
        public void sign() {
            for (int i = 0; i < 4_096; i++) {
                callbacks.add(VnpayIpns.ipn("V-" + i, AMOUNT, 9_000_000L + i));
            }
        }

        RawCallback next() {
            return callbacks.get(next++ & 4_095);
        }
    }

    /** A {@link Feed} whose orders are PENDING in the store's table before the iteration starts. */
    @State(Scope.Benchmark)
    public static class StoredFeed extends Feed {

        @Override
        boolean storesOrders() {
            return true;
        }
    }

    @Benchmark
    @Threads(1)
    public CallbackOutcome pipeline1(Db db, StoredFeed feed) {
        return db.processor.process(feed.next()).outcome();
    }

    @Benchmark
    @Threads(16)
    public CallbackOutcome pipeline16(Db db, StoredFeed feed) {
        return db.processor.process(feed.next()).outcome();
    }

    @Benchmark
    @Threads(1)
    public CallbackOutcome lookup1(Db db, Feed feed) {
        return db.lookupProcessor.process(feed.next()).outcome();
    }

    @Benchmark
    @Threads(16)
    public CallbackOutcome lookup16(Db db, Feed feed) {
        return db.lookupProcessor.process(feed.next()).outcome();
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

    @Benchmark
    @Threads(1)
    public int required1(Db db, StoredFeed feed) throws SQLException {
        return settleAndAudit(db, feed.nextRef());
    }

    @Benchmark
    @Threads(16)
    public int required16(Db db, StoredFeed feed) throws SQLException {
        return settleAndAudit(db, feed.nextRef());
    }

    @Benchmark
    @Threads(1)
    public VerifiedCallback verify1(Signed signed) {
        return VERIFIER.verify(signed.next());
    }

    /**
     * The least any store obeying the rules writes for a callback, in bare JDBC and
     * without verifying: one transaction with the conditional update of a PENDING order and its
     * audit row, committed after the update so that a handler could still roll it back. One
     * statement on PostgreSQL (a data-modifying {@code WITH}), two on H2.
     */
    private static int settleAndAudit(Db db, String ref) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection connection = db.dataSource.getConnection()) {
            connection.setAutoCommit(false);
            int rows;
            if (db.db.equals("h2")) {
                try (PreparedStatement update = connection.prepareStatement(SETTLE);
                        PreparedStatement audit = connection.prepareStatement(AUDIT_VALUES)) {
                    rows = bind(update, 0, ref, now).executeUpdate();
                    bindAudit(audit, 0, ref, now).executeUpdate();
                }
            } else {
                try (PreparedStatement both = connection.prepareStatement("WITH settled AS (" + SETTLE
                        + " RETURNING order_ref) " + AUDIT_INSERT + " SELECT " + AUDIT_PARAMETERS + " FROM settled")) {
                    rows = bindAudit(bind(both, 0, ref, now), 4, ref, now).executeUpdate();
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
            return rows;
        }
    }

    private static PreparedStatement bind(PreparedStatement statement, int skip, String ref, OffsetDateTime now)
            throws SQLException {
        statement.setString(skip + 1, "T" + ref);
        statement.setObject(skip + 2, now);
        statement.setString(skip + 3, ref);
        statement.setLong(skip + 4, AMOUNT);
        return statement;
    }

    private static PreparedStatement bindAudit(PreparedStatement statement, int skip, String ref,
            OffsetDateTime now) throws SQLException {
        statement.setString(skip + 1, ref);
        statement.setString(skip + 2, "T" + ref);
        statement.setObject(skip + 3, now);
        statement.setString(skip + 4, AUDIT_PAYLOAD);
        return statement;
    }

    private static int insertIfAbsent(Db db) throws SQLException {
        try (Connection connection = db.dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(db.floorInsert)) {
            insert.setString(1, "F" + db.floorKeys.incrementAndGet());
            insert.setLong(2, AMOUNT);
            return insert.executeUpdate();
        }
    }
}
