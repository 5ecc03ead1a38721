package vn.congdanso.payments.callback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.congdanso.payments.CallbackOutcome;
import vn.congdanso.payments.PaymentStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The pipeline's rules on the JDBC store, plus what only a database offers. */
abstract class JdbcPipelineContract extends CallbackPipelineContract {

    Databases.Db db;

    /** A fresh, empty database. */
    abstract Databases.Db database();

    @Override
    CallbackStore newStore() {
        db = database();
        JdbcCallbackStore jdbc = JdbcCallbackStore.builder().dataSource(db.dataSource()).clock(CLOCK).build();
        assertThat(jdbc.migrate()).isEqualTo(1);
        return jdbc;
    }

    @AfterEach
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void migrateIsIdempotent() {
        assertThat(((JdbcCallbackStore) store).migrate()).isZero();
        assertThat(count("SELECT COUNT(*) FROM congdanso_schema_version")).isEqualTo(1);
    }

    @Test
    void concurrentMigrationsOfAnEmptyDatabaseApplyTheSchemaOnce() throws Exception {
        Databases.Db fresh = database();
        try {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Callable<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(() -> JdbcCallbackStore.builder().dataSource(fresh.dataSource()).build().migrate());
            }
            int applied = 0;
            for (Future<Integer> run : pool.invokeAll(runs)) {
                applied += run.get();
            }
            pool.shutdown();

            assertThat(applied).isEqualTo(1);
            try (Connection connection = fresh.dataSource().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM congdanso_schema_version")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        } finally {
            fresh.close();
        }
    }

    @Test
    void handlerWritesCommitAndRollBackWithTheTransition() {
        Databases.execute(db.dataSource(), "CREATE TABLE app_ledger (order_ref VARCHAR(100) NOT NULL, note VARCHAR(50))");
        order("LEDGER-1", 150_000);
        int[] calls = {0};
        CallbackProcessor processor = processor(transition -> {
            Connection connection = transition.connection().orElseThrow();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO app_ledger (order_ref, note) VALUES (?, ?)")) {
                insert.setString(1, transition.order().ref());
                insert.setString(2, "attempt " + ++calls[0]);
                insert.executeUpdate();
            }
            if (calls[0] == 1) {
                throw new SQLException("fee service refused");
            }
        });

        assertThat(processor.process(TestGateway.paid("LEDGER-1", 150_000, "14000030")).outcome())
                .isEqualTo(CallbackOutcome.RETRY);
        assertThat(count("SELECT COUNT(*) FROM app_ledger")).isZero();
        assertThat(processor.process(TestGateway.paid("LEDGER-1", 150_000, "14000030")).outcome())
                .isEqualTo(CallbackOutcome.APPLIED);
        assertThat(count("SELECT COUNT(*) FROM app_ledger WHERE note = 'attempt 2'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM app_ledger")).isEqualTo(1);
        assertThat(store.findOrder("LEDGER-1").orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
    }

    long count(String sql) {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
