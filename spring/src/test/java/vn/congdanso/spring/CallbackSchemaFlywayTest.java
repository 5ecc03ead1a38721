package vn.congdanso.spring;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdanso.core.Vnd;
import vn.congdanso.payments.callback.CallbackStore;
import vn.congdanso.payments.callback.JdbcCallbackStore;
import vn.congdanso.payments.callback.PaymentHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Flyway on the class path and {@code schema=auto}, the starter creates no table: the app's
 * Flyway, pointed at the SDK's SQL, does.
 */
class CallbackSchemaFlywayTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class,
                    CongdansoPaymentsAutoConfiguration.class, CongdansoCallbacksAutoConfiguration.class))
            .withPropertyValues("congdanso.payments.vnpay.tmn-code=TESTTMN1",
                    "congdanso.payments.vnpay.hash-secret=vnpay-test-secret-0001",
                    "congdanso.payments.callbacks.enabled=true",
                    "spring.flyway.locations=classpath:vn/congdanso/payments/callback/db,"
                            + "classpath:vn/congdanso/spring/db")
            .withBean(PaymentHandler.class, () -> transition -> { });

    @Test
    void schemaAutoLeavesTheTablesToTheAppsFlyway() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:flyway-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        runner.withBean(DataSource.class, () -> h2).run(context -> {
            assertThat(context).hasNotFailed().getBean(CallbackStore.class).isInstanceOf(JdbcCallbackStore.class);
            List<String> applied = new JdbcTemplate(h2).queryForList(
                    "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL "
                    + "ORDER BY \"installed_rank\"", String.class);
            assertThat(applied).containsExactly("1", "100");
            assertThat(congdansoTables(h2)).isEqualTo(3);
            JdbcCallbackStore store = context.getBean(JdbcCallbackStore.class);
            store.createOrder("FLYWAY-0001", Vnd.of(150_000));
            assertThat(store.findOrder("FLYWAY-0001")).isPresent();
        });
    }

    @Test
    void schemaAutoWithFlywayPresentCreatesNoTableItself() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:flyway-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        runner.withPropertyValues("spring.flyway.enabled=false").withBean(DataSource.class, () -> h2).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(congdansoTables(h2)).isZero();
        });
    }

    private static int congdansoTables(DataSource dataSource) {
        return new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE LOWER(TABLE_NAME) LIKE 'congdanso%'", Integer.class);
    }
}
