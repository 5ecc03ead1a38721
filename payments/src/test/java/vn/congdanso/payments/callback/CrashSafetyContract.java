package vn.congdanso.payments.callback;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.RawCallback;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a JVM with SIGKILL while it processes a stream of callbacks, then redelivers the whole
 * stream and checks that every order was paid, and handled, exactly once.
 */
abstract class CrashSafetyContract {

    static final int ORDERS = 1_500;
    static final long AMOUNT = 99_000;

    /** A fresh database nobody else holds open (H2 file mode allows one process at a time). */
    abstract Databases.Db database();

    @Test
    void exactlyOnceSurvivesKillNineAndRedelivery() throws Exception {
        Databases.Db db = database();
        JdbcCallbackStore store = JdbcCallbackStore.builder().dataSource(db.dataSource()).build();
        store.migrate();
        Databases.execute(db.dataSource(), "CREATE TABLE handler_log (order_ref VARCHAR(100) NOT NULL)");
        insertOrders(db.dataSource());
        db.pool().dispose();

        int processedBeforeKill = runAndKill(db.url());

        TestPool pool = new TestPool(db.url());
        try {
            CallbackProcessor processor = processor(JdbcCallbackStore.builder().dataSource(pool).build());
            int applied = 0;
            for (RawCallback callback : deliveries(ORDERS)) {
                CallbackOutcome outcome = processor.process(callback).outcome();
                assertThat(outcome).isIn(CallbackOutcome.APPLIED, CallbackOutcome.DUPLICATE);
                applied += outcome == CallbackOutcome.APPLIED ? 1 : 0;
            }
            assertThat(processedBeforeKill).isGreaterThan(0);
            assertThat(applied).as("applied after the restart").isLessThan(ORDERS);
            assertThat(count(pool, "SELECT COUNT(*) FROM congdanso_orders WHERE status = 'PAID'")).as("paid orders")
                    .isEqualTo(ORDERS);
            assertThat(count(pool, "SELECT COUNT(*) FROM handler_log")).as("handler runs").isEqualTo(ORDERS);
            assertThat(count(pool, "SELECT COUNT(DISTINCT order_ref) FROM handler_log")).as("orders handled")
                    .isEqualTo(ORDERS);
        } finally {
            pool.dispose();
            db.close();
        }
    }

    /** Starts {@link CrashWorker}, lets it get under way, kills it; returns its last progress. */
    private static int runAndKill(String url) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process worker = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), CrashWorker.class.getName(), url,
                Integer.toString(ORDERS))
                .redirectErrorStream(true).start();
        int progress = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (progress < 300 && (line = out.readLine()) != null) {
                if (line.startsWith("progress ")) {
                    progress = Integer.parseInt(line.substring(9));
                }
            }
            worker.destroyForcibly();
            assertThat(worker.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            worker.destroyForcibly();
        }
        assertThat(worker.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        return progress;
    }

    static CallbackProcessor processor(CallbackStore store) {
        return CallbackProcessor.builder().verifier(new TestGateway()).store(store)
                .handler(transition -> CrashWorker.log(transition.connection().orElseThrow(),
                        transition.order().ref()))
                .build();
    }

    /** Every order's callback, a third of them twice, in a fixed shuffled order. */
    static List<RawCallback> deliveries(int orders) {
        List<RawCallback> all = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            RawCallback callback = TestGateway.paid("K-" + i, AMOUNT, Integer.toString(30_000_000 + i));
            all.add(callback);
            if (i % 3 == 0) {
                all.add(callback);
            }
        }
        Collections.shuffle(all, new Random(7));
        return all;
    }

    private static void insertOrders(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO congdanso_orders (order_ref,"
                        + " amount, status, created_at, updated_at) VALUES (?, ?, 'PENDING', ?, ?)")) {
            connection.setAutoCommit(false);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (int i = 0; i < ORDERS; i++) {
                insert.setString(1, "K-" + i);
                insert.setLong(2, AMOUNT);
                insert.setObject(3, now);
                insert.setObject(4, now);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
