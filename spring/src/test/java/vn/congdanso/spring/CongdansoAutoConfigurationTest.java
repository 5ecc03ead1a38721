package vn.congdanso.spring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.web.servlet.function.RouterFunction;

import vn.congdanso.core.Secret;
import vn.congdanso.http.Transport;
import vn.congdanso.payments.CallbackVerifier;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.callback.CallbackStore;
import vn.congdanso.payments.callback.InMemoryCallbackStore;
import vn.congdanso.payments.callback.JdbcCallbackStore;
import vn.congdanso.payments.callback.PaymentHandler;
import vn.congdanso.payments.callback.PaymentQuery;
import vn.congdanso.payments.momo.MomoVerifier;
import vn.congdanso.payments.payos.PayosVerifier;
import vn.congdanso.payments.vnpay.VnpayVerifier;
import vn.congdanso.payments.zalopay.ZalopayVerifier;
import vn.congdanso.spring.internal.CallbackObserver;
import vn.congdanso.spring.internal.MicrometerCallbackObserver;
import vn.congdanso.spring.internal.ReconcileScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/** Which beans appear for which configuration, which back off, and how misconfiguration fails. */
class CongdansoAutoConfigurationTest {

    private static final String VNPAY_SECRET = "vnpay-test-secret-0001";
    private static final String[] VNPAY = {
        "congdanso.payments.vnpay.tmn-code=TESTTMN1",
        "congdanso.payments.vnpay.hash-secret=" + VNPAY_SECRET
    };

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(CongdansoHttpAutoConfiguration.class,
                    CongdansoPaymentsAutoConfiguration.class, CongdansoCallbacksAutoConfiguration.class));

    private final WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(CongdansoHttpAutoConfiguration.class,
                    CongdansoPaymentsAutoConfiguration.class, CongdansoCallbacksAutoConfiguration.class));

    @Test
    void anAppWithoutGatewaysGetsNoVerifierNoStoreNoDatabaseAndNoHttpClient() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(CallbackVerifier.class);
            assertThat(context).doesNotHaveBean(CallbackStore.class);
            assertThat(context).doesNotHaveBean(DataSource.class);
            assertThat(context).doesNotHaveBean(CallbackProcessors.class);
            assertThat(context).doesNotHaveBean(Transport.class);
        });
    }

    @Test
    void theStarterPullsNoHttpClientOntoTheAppsClassPath() throws Exception {
        Path pom = Path.of("pom.xml");
        String declared = Files.readString(pom).replaceAll("(?s)<!--.*?-->", "");
        Matcher http = Pattern.compile("(?s)<dependency>\\s*<groupId>vn\\.congdanso</groupId>\\s*"
                + "<artifactId>congdanso-http</artifactId>(.*?)</dependency>").matcher(declared);
        assertThat(http.find()).as("congdanso-http is declared").isTrue();
        assertThat(http.group(1)).as("congdanso-http is optional").contains("<optional>true</optional>");
        assertThat(declared).as("no direct OkHttp dependency").doesNotContain("<artifactId>okhttp");
    }

    @Test
    void configuresOnlyTheGatewaysThatHaveProperties() {
        runner.withPropertyValues(VNPAY).run(context -> {
            assertThat(context).hasSingleBean(VnpayVerifier.class);
            assertThat(context).doesNotHaveBean(MomoVerifier.class);
            assertThat(context).doesNotHaveBean(ZalopayVerifier.class);
            assertThat(context).doesNotHaveBean(PayosVerifier.class);
            assertThat(context).doesNotHaveBean(CallbackStore.class);
        });
    }

    @Test
    void configuresAllFourGateways() {
        runner.withPropertyValues(VNPAY).withPropertyValues(
                "congdanso.payments.momo.partner-code=MOMOTEST",
                "congdanso.payments.momo.access-key=access-test",
                "congdanso.payments.momo.secret-key=momo-secret-new,momo-secret-old",
                "congdanso.payments.zalopay.app-id=2553",
                "congdanso.payments.zalopay.key2=zalopay-key2-test",
                "congdanso.payments.payos.client-id=client-test",
                "congdanso.payments.payos.checksum-key=payos-checksum-test").run(context -> {
                    assertThat(context).hasSingleBean(VnpayVerifier.class).hasSingleBean(MomoVerifier.class)
                            .hasSingleBean(ZalopayVerifier.class).hasSingleBean(PayosVerifier.class);
                    assertThat(context.getBeansOfType(CallbackVerifier.class)).hasSize(4);
                });
    }

    @Test
    void verifierBacksOffWhenTheAppDefinesItsOwn() {
        VnpayVerifier own = VnpayVerifier.of("OWNTMN01", Secret.of("own-secret"));
        runner.withPropertyValues(VNPAY).withBean(VnpayVerifier.class, () -> own)
                .run(context -> assertThat(context).getBean(VnpayVerifier.class).isSameAs(own));
    }

    @Test
    void vnpaySecretWithoutTmnCodeFailsStartupNamingTheProperty() {
        runner.withPropertyValues("congdanso.payments.vnpay.hash-secret=" + VNPAY_SECRET).run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context)).contains("congdanso.payments.vnpay.tmn-code").doesNotContain(VNPAY_SECRET);
        });
    }

    @Test
    void vnpayTmnCodeWithoutSecretFailsStartupNamingTheProperty() {
        runner.withPropertyValues("congdanso.payments.vnpay.tmn-code=TESTTMN1").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context)).contains("congdanso.payments.vnpay.hash-secret");
        });
    }

    @Test
    void blankRotationKeyFailsStartupNamingItsIndexWithoutEchoingTheOthers() {
        runner.withPropertyValues("congdanso.payments.payos.client-id=client-test",
                "congdanso.payments.payos.checksum-key[0]=payos-checksum-test",
                "congdanso.payments.payos.checksum-key[1]= ").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context)).contains("congdanso.payments.payos.checksum-key[1]")
                            .doesNotContain("payos-checksum-test");
                });
    }

    @Test
    void momoWithoutAccessKeyFailsStartupNamingTheProperty() {
        runner.withPropertyValues("congdanso.payments.momo.partner-code=MOMOTEST",
                "congdanso.payments.momo.secret-key=momo-secret").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context)).contains("congdanso.payments.momo.access-key");
                });
    }

    @Test
    void zalopayWithoutAppIdFailsStartupNamingTheProperty() {
        runner.withPropertyValues("congdanso.payments.zalopay.key2=zalopay-key2-test").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context)).contains("congdanso.payments.zalopay.app-id");
        });
    }

    @Test
    void propertiesToStringNeverPrintsSecrets() {
        runner.withPropertyValues(VNPAY).withPropertyValues("congdanso.payments.momo.partner-code=MOMOTEST",
                "congdanso.payments.momo.access-key=access-visible?",
                "congdanso.payments.momo.secret-key=momo-secret-visible?").run(context -> {
                    String text = context.getBean(CongdansoProperties.class).toString();
                    assertThat(text).contains("TESTTMN1").doesNotContain(VNPAY_SECRET)
                            .doesNotContain("access-visible?").doesNotContain("momo-secret-visible?");
                });
    }

    @Test
    void callbacksWithoutADataSourceFailStartupNamingTheProperty() {
        runner.withPropertyValues(VNPAY).withPropertyValues("congdanso.payments.callbacks.enabled=true")
                .withBean(PaymentHandler.class, () -> transition -> { })
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context)).contains("congdanso.payments.callbacks.enabled")
                            .contains("DataSource");
                });
    }

    @Test
    void callbacksWithoutAPaymentHandlerFailStartup() {
        withDatabase(runner).withPropertyValues(VNPAY).withPropertyValues("congdanso.payments.callbacks.enabled=true")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context)).contains("PaymentHandler");
                });
    }

    @Test
    void callbacksWithoutAnyGatewayFailStartup() {
        withDatabase(runner).withPropertyValues("congdanso.payments.callbacks.enabled=true")
                .withBean(PaymentHandler.class, () -> transition -> { })
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context)).contains("no gateway is configured");
                });
    }

    @Test
    void callbacksBuildAMigratedJdbcStoreAndOneProcessorPerGateway() {
        callbacks(runner).run(context -> {
            assertThat(context).hasSingleBean(JdbcCallbackStore.class);
            assertThat(context.getBean(CallbackProcessors.class).gateways()).containsExactly(Gateway.VNPAY);
            assertThat(context.getBean(JdbcCallbackStore.class).findOrder("ORDER-0001")).isEmpty();
            assertThat(context).doesNotHaveBean(RouterFunction.class);
        });
    }

    @Test
    void schemaNoneLeavesTheTablesToTheAppsMigrations() {
        callbacks(runner).withPropertyValues("congdanso.payments.callbacks.schema=none").run(context -> {
            JdbcCallbackStore store = context.getBean(JdbcCallbackStore.class);
            assertThat(context.getBean(HealthIndicator.class).health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(store).isNotNull();
        });
    }

    @Test
    void storeBacksOffWhenTheAppDefinesItsOwn() {
        InMemoryCallbackStore own = new InMemoryCallbackStore();
        callbacks(runner).withBean(CallbackStore.class, () -> own).run(context -> {
            assertThat(context).getBean(CallbackStore.class).isSameAs(own);
            assertThat(context).doesNotHaveBean(JdbcCallbackStore.class);
        });
    }

    @Test
    void aServletAppGetsTheCallbackRoutes() {
        callbacks(web).run(context -> assertThat(context).hasSingleBean(RouterFunction.class));
    }

    @Test
    void metersAreUsedWhenTheAppHasARegistry() {
        callbacks(runner).withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context ->
                assertThat(context.getBean(CallbackObserver.class)).isInstanceOf(MicrometerCallbackObserver.class));
    }

    @Test
    void healthIsUpWithPendingOverdueCount() {
        callbacks(runner).run(context -> {
            var health = context.getBean("congdansoCallbacksHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("pendingOverdue", 0);
        });
    }

    @Test
    void reconcilerWithoutAPaymentQueryFailsStartupNamingTheProperty() {
        callbacks(runner).withPropertyValues("congdanso.payments.reconcile.enabled=true").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context)).contains("congdanso.payments.reconcile.enabled").contains("PaymentQuery");
        });
    }

    @Test
    void reconcilerIsScheduledWhenEnabledWithAPaymentQuery() {
        callbacks(runner).withPropertyValues("congdanso.payments.reconcile.enabled=true")
                .withBean(PaymentQuery.class, () -> query(Gateway.VNPAY)).run(context -> {
                    assertThat(context).hasSingleBean(ReconcileScheduler.class);
                    assertThat(context.getBean(ReconcileScheduler.class).isRunning()).isTrue();
                });
    }

    @Test
    void reconcilerForAnUnconfiguredGatewayFailsStartup() {
        callbacks(runner).withPropertyValues("congdanso.payments.reconcile.enabled=true")
                .withBean(PaymentQuery.class, () -> query(Gateway.MOMO)).run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context)).contains("MOMO");
                });
    }

    @Test
    void noReconcilerUnlessEnabled() {
        callbacks(runner).withBean(PaymentQuery.class, () -> query(Gateway.VNPAY))
                .run(context -> assertThat(context).doesNotHaveBean(ReconcileScheduler.class));
    }

    private static PaymentQuery query(Gateway gateway) {
        return new PaymentQuery() {
            @Override
            public Gateway gateway() {
                return gateway;
            }

            @Override
            public Optional<vn.congdanso.payments.VerifiedCallback> query(String orderRef) {
                return Optional.empty();
            }
        };
    }

    private static <R extends org.springframework.boot.test.context.runner.AbstractApplicationContextRunner<R, ?, ?>> R
            callbacks(R runner) {
        return withDatabase(runner).withPropertyValues(VNPAY)
                .withPropertyValues("congdanso.payments.callbacks.enabled=true")
                .withBean(PaymentHandler.class, () -> transition -> { });
    }

    private static <R extends org.springframework.boot.test.context.runner.AbstractApplicationContextRunner<R, ?, ?>> R
            withDatabase(R runner) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:autoconfig-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return runner.withBean(DataSource.class, () -> h2);
    }

    private static String messages(AssertableApplicationContext context) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }
}
