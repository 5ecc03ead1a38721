package vn.congdanso.spring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.boot.health.contributor.HealthIndicator;

import vn.congdanso.payments.CallbackVerifier;
import vn.congdanso.payments.callback.CallbackProcessor;
import vn.congdanso.payments.callback.CallbackStore;
import vn.congdanso.payments.callback.JdbcCallbackStore;
import vn.congdanso.payments.callback.OrderLookup;
import vn.congdanso.payments.callback.PaymentHandler;
import vn.congdanso.payments.callback.PaymentQuery;
import vn.congdanso.payments.callback.Reconciler;
import vn.congdanso.spring.internal.CallbackEndpoints;
import vn.congdanso.spring.internal.CallbackHealthIndicator;
import vn.congdanso.spring.internal.CallbackObserver;
import vn.congdanso.spring.internal.DatabaseLease;
import vn.congdanso.spring.internal.MicrometerCallbackObserver;
import vn.congdanso.spring.internal.PaymentQueries;
import vn.congdanso.spring.internal.ReconcileScheduler;

/**
 * The exactly-once callback pipeline, when {@code congdanso.payments.callbacks.enabled=true}: a
 * {@link JdbcCallbackStore} on the app's {@link DataSource}, one {@link CallbackProcessor} per
 * configured gateway (the app supplies the {@link PaymentHandler} and, optionally, the
 * {@link OrderLookup}), and, in a servlet web application, one endpoint per gateway. Every bean
 * backs off when the app defines its own.
 */
@AutoConfiguration(after = {CongdansoPaymentsAutoConfiguration.class,
        CongdansoGatewayClientsAutoConfiguration.class},
        afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnProperty(prefix = "congdanso.payments.callbacks", name = "enabled", havingValue = "true")
public class CongdansoCallbacksAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(CongdansoCallbacksAutoConfiguration.class);
    private static final String ENABLED = "congdanso.payments.callbacks.enabled";
    private static final String RECONCILE = "congdanso.payments.reconcile.enabled";
    private static final String FLYWAY = "org.flywaydb.core.Flyway";

    /**
     * The store on the app's data source, its schema applied by {@code migrate()} unless
     * {@code congdanso.payments.callbacks.schema} leaves it to the app's migrations.
     */
    @Bean
    @ConditionalOnMissingBean(CallbackStore.class)
    public JdbcCallbackStore congdansoCallbackStore(ObjectProvider<DataSource> dataSource,
            CongdansoProperties properties, ObjectProvider<Clock> clock) {
        DataSource source = dataSource.getIfUnique();
        if (source == null) {
            throw new InvalidConfigurationPropertyValueException(ENABLED, "true",
                    "the callback endpoints need one DataSource bean (spring-boot-starter-jdbc and spring.datasource.url)");
        }
        CongdansoProperties.Callbacks callbacks = properties.getPayments().getCallbacks();
        JdbcCallbackStore store = JdbcCallbackStore.builder().dataSource(source)
                .statementTimeout(callbacks.getStatementTimeout()).clock(clock.getIfAvailable(Clock::systemUTC))
                .build();
        if (migrates(callbacks.getSchema())) {
            int applied = store.migrate();
            LOG.info("congdanso callback schema: {} script(s) applied", applied);
        }
        return store;
    }

    /** One processor per gateway verifier bean, all on the one store. */
    @Bean
    @ConditionalOnMissingBean
    public CallbackProcessors congdansoCallbackProcessors(List<CallbackVerifier> verifiers, CallbackStore store,
            ObjectProvider<OrderLookup> orders, ObjectProvider<PaymentHandler> handler, ObjectProvider<Clock> clock,
            ObjectProvider<CallbackObserver> observer) {
        if (verifiers.isEmpty()) {
            throw new InvalidConfigurationPropertyValueException(ENABLED, "true",
                    "no gateway is configured: set congdanso.payments.vnpay.*, momo.*, zalopay.* or payos.*");
        }
        PaymentHandler paymentHandler = handler.getIfUnique();
        if (paymentHandler == null) {
            throw new InvalidConfigurationPropertyValueException(ENABLED, "true",
                    "the callback endpoints need one PaymentHandler bean: the app's reaction to a settled payment");
        }
        CallbackObserver events = observer.getIfAvailable(() -> CallbackObserver.NONE);
        List<CallbackProcessor> processors = new ArrayList<>();
        for (CallbackVerifier verifier : verifiers) {
            CallbackProcessor.Builder builder = CallbackProcessor.builder().verifier(events.timed(verifier))
                    .store(store).handler(paymentHandler).clock(clock.getIfAvailable(Clock::systemUTC));
            orders.ifUnique(builder::orders);
            processors.add(builder.build());
        }
        return new CallbackProcessors(processors, events);
    }

    private static boolean migrates(CongdansoProperties.Schema schema) {
        return switch (schema) {
            case MIGRATE -> true;
            case NONE -> false;
            case AUTO -> !ClassUtils.isPresent(FLYWAY, CongdansoCallbacksAutoConfiguration.class.getClassLoader());
        };
    }

    /** Micrometer meters, when Micrometer is on the class path and the app has a registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class Metrics {

        @Bean
        @ConditionalOnMissingBean
        CallbackObserver congdansoCallbackObserver(ObjectProvider<MeterRegistry> registry) {
            MeterRegistry meters = registry.getIfUnique();
            return meters == null ? CallbackObserver.NONE : new MicrometerCallbackObserver(meters);
        }
    }

    /** The endpoints, in a servlet web application. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(RouterFunction.class)
    static class Endpoints {

        @Bean
        RouterFunction<ServerResponse> congdansoCallbackRoutes(CallbackProcessors processors,
                CongdansoProperties properties) {
            return CallbackEndpoints.routes(processors, properties.getPayments().getCallbacks());
        }
    }

    /** The reconciler on a schedule, one instance at a time, when {@code congdanso.payments.reconcile.enabled=true}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "congdanso.payments.reconcile", name = "enabled", havingValue = "true")
    static class Reconciliation {

        @Bean
        @ConditionalOnMissingBean
        ReconcileScheduler congdansoReconcileScheduler(CallbackProcessors processors, CallbackStore store,
                Map<String, PaymentQuery> queryBeans, ObjectProvider<DataSource> dataSource,
                CongdansoProperties properties,
                ObjectProvider<Clock> clock, ObjectProvider<CallbackObserver> observer) {
            CongdansoProperties.Reconcile settings = properties.getPayments().getReconcile();
            DataSource source = dataSource.getIfUnique();
            List<PaymentQuery> queries = PaymentQueries.preferringTheApps(queryBeans);
            if (queries.isEmpty() || source == null) {
                throw new InvalidConfigurationPropertyValueException(RECONCILE, "true",
                        "the reconciler needs a DataSource and a PaymentQuery per gateway it reconciles "
                                + "(the gateway's API credentials with congdanso-http, or a PaymentQuery bean)");
            }
            Clock time = clock.getIfAvailable(Clock::systemUTC);
            Reconciler.Builder reconciler = Reconciler.builder().store(store).olderThan(settings.getOlderThan())
                    .batchSize(settings.getBatchSize()).clock(time);
            for (PaymentQuery query : queries) {
                CallbackProcessor processor = processors.processor(query.gateway())
                        .orElseThrow(() -> new InvalidConfigurationPropertyValueException(RECONCILE, "true",
                                "a PaymentQuery bean for " + query.gateway() + ", which is not configured"));
                reconciler.gateway(processor, query);
            }
            if (migrates(properties.getPayments().getCallbacks().getSchema())) {
                DatabaseLease.migrate(source);
            }
            DatabaseLease lease = new DatabaseLease(source, "congdanso.reconciler", UUID.randomUUID().toString());
            return new ReconcileScheduler(reconciler.build()::runOnce, lease, settings.getInterval(), time,
                    observer.getIfAvailable(() -> CallbackObserver.NONE));
        }
    }

    /** The health of the callback store and the reconciler, when Spring Boot's health module is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class Health {

        @Bean
        @ConditionalOnMissingBean(name = "congdansoCallbacksHealthIndicator")
        HealthIndicator congdansoCallbacksHealthIndicator(CallbackStore store, CongdansoProperties properties,
                ObjectProvider<Clock> clock, ObjectProvider<ReconcileScheduler> scheduler) {
            return new CallbackHealthIndicator(store, properties.getPayments().getReconcile().getOlderThan(),
                    clock.getIfAvailable(Clock::systemUTC), Optional.ofNullable(scheduler.getIfAvailable()));
        }
    }
}
