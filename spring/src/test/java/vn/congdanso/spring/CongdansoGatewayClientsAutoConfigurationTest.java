package vn.congdanso.spring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import okhttp3.OkHttpClient;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import vn.congdanso.core.Secret;
import vn.congdanso.http.Transport;
import vn.congdanso.payments.Gateway;
import vn.congdanso.payments.VerifiedCallback;
import vn.congdanso.payments.callback.PaymentHandler;
import vn.congdanso.payments.callback.PaymentQuery;
import vn.congdanso.payments.momo.MomoClient;
import vn.congdanso.payments.momo.MomoConfig;
import vn.congdanso.payments.momo.MomoPaymentQuery;
import vn.congdanso.payments.momo.MomoVerifier;
import vn.congdanso.payments.payos.PayosClient;
import vn.congdanso.payments.payos.PayosPaymentQuery;
import vn.congdanso.payments.vnpay.VnpayClient;
import vn.congdanso.payments.vnpay.VnpayPaymentQuery;
import vn.congdanso.payments.zalopay.ZalopayClient;
import vn.congdanso.payments.zalopay.ZalopayPaymentQuery;
import vn.congdanso.payments.zalopay.ZalopayVerifier;
import vn.congdanso.spring.internal.PaymentQueries;
import vn.congdanso.spring.internal.ReconcileScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/** Which gateway API clients and reconciliation adapters appear, which back off, and how they fail. */
class CongdansoGatewayClientsAutoConfigurationTest {

    private static final String[] VNPAY = {
        "congdanso.payments.vnpay.tmn-code=TESTTMN1",
        "congdanso.payments.vnpay.hash-secret=vnpay-test-secret-0001"
    };
    private static final String[] MOMO = {
        "congdanso.payments.momo.partner-code=MOMOTEST",
        "congdanso.payments.momo.access-key=momo-access-0001",
        "congdanso.payments.momo.secret-key=momo-secret-0001"
    };
    private static final String[] ZALOPAY = {
        "congdanso.payments.zalopay.app-id=2553",
        "congdanso.payments.zalopay.key2=zalopay-key2-0001"
    };
    private static final String[] PAYOS = {
        "congdanso.payments.payos.client-id=payos-client-0001",
        "congdanso.payments.payos.checksum-key=payos-checksum-0001"
    };
    private static final String ZALOPAY_KEY1 = "zalopay-key1-0001";

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(CongdansoHttpAutoConfiguration.class, CongdansoGatewayClientsAutoConfiguration.class,
                    CongdansoPaymentsAutoConfiguration.class, CongdansoCallbacksAutoConfiguration.class));

    @Test
    void noGatewayNoClientNoTransport() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(Transport.class);
            assertThat(context).doesNotHaveBean(VnpayClient.class).doesNotHaveBean(PaymentQuery.class);
        });
    }

    @Test
    void vnpayGetsItsClientButNoAdapterWithoutServerIp() {
        runner.withPropertyValues(VNPAY).run(context -> {
            assertThat(context).hasSingleBean(VnpayClient.class).hasSingleBean(Transport.class);
            assertThat(context).doesNotHaveBean(VnpayPaymentQuery.class).doesNotHaveBean(MomoClient.class);
        });
    }

    @Test
    void vnpayWithServerIpGetsItsAdapter() {
        runner.withPropertyValues(VNPAY).withPropertyValues("congdanso.payments.vnpay.server-ip=203.0.113.10")
                .run(context -> assertThat(context.getBean(PaymentQuery.class).gateway()).isEqualTo(Gateway.VNPAY));
    }

    @Test
    void momoGetsClientAndAdapterInProduction() {
        runner.withPropertyValues(MOMO).withPropertyValues("congdanso.payments.momo.environment=production")
                .run(context -> {
                    assertThat(context).hasSingleBean(MomoClient.class).hasSingleBean(MomoPaymentQuery.class);
                    assertThat(context.getBean(CongdansoProperties.class).getPayments().getMomo().getEnvironment())
                            .isEqualTo(CongdansoProperties.Environment.PRODUCTION);
                });
    }

    @Test
    void unknownEnvironmentFailsStartupNamingTheProperty() {
        runner.withPropertyValues(MOMO).withPropertyValues("congdanso.payments.momo.environment=staging")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context)).contains("congdanso.payments.momo.environment");
                });
    }

    @Test
    void zalopayWithoutKey1GetsItsVerifierOnly() {
        runner.withPropertyValues(ZALOPAY).run(context -> {
            assertThat(context).hasSingleBean(ZalopayVerifier.class);
            assertThat(context).doesNotHaveBean(ZalopayClient.class).doesNotHaveBean(ZalopayPaymentQuery.class);
        });
    }

    @Test
    void zalopayWithKey1GetsClientAndAdapter() {
        runner.withPropertyValues(ZALOPAY).withPropertyValues("congdanso.payments.zalopay.key1=" + ZALOPAY_KEY1)
                .run(context -> assertThat(context).hasSingleBean(ZalopayClient.class)
                        .hasSingleBean(ZalopayPaymentQuery.class));
    }

    @Test
    void zalopayNonNumericAppIdFailsStartupNamingThePropertyWithoutEchoingKeys() {
        runner.withPropertyValues(ZALOPAY).withPropertyValues("congdanso.payments.zalopay.app-id=ABC",
                "congdanso.payments.zalopay.key1=" + ZALOPAY_KEY1).run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context)).contains("congdanso.payments.zalopay.app-id")
                            .doesNotContain(ZALOPAY_KEY1).doesNotContain("zalopay-key2-0001");
                });
    }

    @Test
    void payosWithApiKeyGetsClientAndAdapter() {
        runner.withPropertyValues(PAYOS).withPropertyValues("congdanso.payments.payos.api-key=payos-api-0001")
                .run(context -> assertThat(context).hasSingleBean(PayosClient.class)
                        .hasSingleBean(PayosPaymentQuery.class));
    }

    @Test
    void blankPayosApiKeyFailsStartupNamingTheProperty() {
        runner.withPropertyValues(PAYOS).withPropertyValues("congdanso.payments.payos.api-key= ").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context)).contains("congdanso.payments.payos.api-key");
        });
    }

    @Test
    void clientAndAdapterBackOffWhenTheAppDefinesItsOwn() {
        MomoPaymentQuery own = MomoPaymentQuery.create(MomoClient.create(MomoConfig.builder()
                .partnerCode("OWNMOMO1").accessKey(Secret.of("own-access")).secretKeys(Secret.of("own-secret")).build()));
        runner.withPropertyValues(MOMO).withBean(MomoPaymentQuery.class, () -> own)
                .run(context -> assertThat(context).getBean(MomoPaymentQuery.class).isSameAs(own));
    }

    @Test
    void withoutTheHttpModuleNoClientIsBuiltAndTheVerifierStays() {
        runner.withPropertyValues(MOMO).withClassLoader(new FilteredClassLoader(OkHttpClient.class, Transport.class))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(MomoVerifier.class);
                    assertThat(context).doesNotHaveBean("congdansoMomoClient")
                            .doesNotHaveBean("congdansoMomoPaymentQuery");
                });
    }

    @Test
    void reconcilerRunsOnTheAutoConfiguredAdapter() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:clients-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        runner.withPropertyValues(MOMO).withPropertyValues("congdanso.payments.callbacks.enabled=true",
                "congdanso.payments.reconcile.enabled=true")
                .withBean(DataSource.class, () -> h2)
                .withBean(PaymentHandler.class, () -> transition -> { })
                .run(context -> {
                    assertThat(context).hasSingleBean(ReconcileScheduler.class);
                    assertThat(context.getBean(ReconcileScheduler.class).isRunning()).isTrue();
                });
    }

    @Test
    void theAppsQueryForAGatewayReplacesTheStartersAdapter() {
        PaymentQuery starterMomo = query(Gateway.MOMO);
        PaymentQuery starterPayos = query(Gateway.PAYOS);
        PaymentQuery appMomo = query(Gateway.MOMO);
        Map<String, PaymentQuery> beans = new LinkedHashMap<>();
        beans.put("congdansoMomoPaymentQuery", starterMomo);
        beans.put("congdansoPayosPaymentQuery", starterPayos);
        beans.put("ledgerMomoQuery", appMomo);
        List<PaymentQuery> chosen = PaymentQueries.preferringTheApps(beans);
        assertThat(chosen).containsExactly(starterPayos, appMomo);
    }

    private static PaymentQuery query(Gateway gateway) {
        return new PaymentQuery() {
            @Override
            public Gateway gateway() {
                return gateway;
            }

            @Override
            public Optional<VerifiedCallback> query(String orderRef) {
                return Optional.empty();
            }
        };
    }

    private static String messages(AssertableApplicationContext context) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }
}
