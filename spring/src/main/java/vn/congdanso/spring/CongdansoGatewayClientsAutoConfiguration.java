package vn.congdanso.spring;

import java.util.Optional;

import okhttp3.OkHttpClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

import vn.congdanso.http.Transport;
import vn.congdanso.payments.callback.CallbackStore;
import vn.congdanso.payments.momo.MomoClient;
import vn.congdanso.payments.momo.MomoPaymentQuery;
import vn.congdanso.payments.payos.PayosClient;
import vn.congdanso.payments.payos.PayosPaymentQuery;
import vn.congdanso.payments.vnpay.VnpayClient;
import vn.congdanso.payments.vnpay.VnpayPaymentQuery;
import vn.congdanso.payments.zalopay.ZalopayClient;
import vn.congdanso.payments.zalopay.ZalopayPaymentQuery;
import vn.congdanso.spring.internal.GatewayClients;
import vn.congdanso.spring.internal.GatewayConfigured;

/**
 * The gateway API clients on the shared {@link Transport}, and the reconciler's
 * {@link vn.congdanso.payments.callback.PaymentQuery} adapter of each, when {@code congdanso-http}
 * is on the class path and the gateway's API credentials are configured: VNPay and MoMo with
 * their callback credentials, ZaloPay with {@code key1}, payOS with {@code api-key}; the VNPay
 * adapter also needs {@code server-ip}. Each bean backs off when the application defines one of
 * the same type.
 */
@AutoConfiguration(after = CongdansoHttpAutoConfiguration.class)
@ConditionalOnClass({Transport.class, OkHttpClient.class})
@EnableConfigurationProperties(CongdansoProperties.class)
public class CongdansoGatewayClientsAutoConfiguration {

    private static final String VNPAY = "congdanso.payments.vnpay";
    private static final String ZALOPAY = "congdanso.payments.zalopay";
    private static final String PAYOS = "congdanso.payments.payos";

    /** The VNPay API client (querydr, refund). */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(GatewayConfigured.Vnpay.class)
    public VnpayClient congdansoVnpayClient(CongdansoProperties properties, Transport transport) {
        return GatewayClients.vnpay(properties.getPayments().getVnpay(), transport);
    }

    /** The VNPay reconciliation adapter, when {@code congdanso.payments.vnpay.server-ip} is set. */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(GatewayConfigured.Vnpay.class)
    @ConditionalOnProperty(prefix = VNPAY, name = "server-ip")
    public VnpayPaymentQuery congdansoVnpayPaymentQuery(CongdansoProperties properties, VnpayClient client,
            ObjectProvider<CallbackStore> store) {
        return GatewayClients.vnpayQuery(properties.getPayments().getVnpay(), client,
                Optional.ofNullable(store.getIfUnique()));
    }

    /** The MoMo API client. */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(GatewayConfigured.Momo.class)
    public MomoClient congdansoMomoClient(CongdansoProperties properties, Transport transport) {
        return GatewayClients.momo(properties.getPayments().getMomo(), transport);
    }

    /** The MoMo reconciliation adapter. */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(GatewayConfigured.Momo.class)
    public MomoPaymentQuery congdansoMomoPaymentQuery(MomoClient client) {
        return MomoPaymentQuery.create(client);
    }

    /** The ZaloPay API client, when {@code congdanso.payments.zalopay.key1} is set. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = ZALOPAY, name = "key1")
    public ZalopayClient congdansoZalopayClient(CongdansoProperties properties, Transport transport) {
        return GatewayClients.zalopay(properties.getPayments().getZalopay(), transport);
    }

    /** The ZaloPay reconciliation adapter. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = ZALOPAY, name = "key1")
    public ZalopayPaymentQuery congdansoZalopayPaymentQuery(ZalopayClient client) {
        return ZalopayPaymentQuery.create(client);
    }

    /** The payOS API client, when {@code congdanso.payments.payos.api-key} is set. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = PAYOS, name = "api-key")
    public PayosClient congdansoPayosClient(CongdansoProperties properties, Transport transport) {
        return GatewayClients.payos(properties.getPayments().getPayos(), transport);
    }

    /** The payOS reconciliation adapter. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = PAYOS, name = "api-key")
    public PayosPaymentQuery congdansoPayosPaymentQuery(PayosClient client) {
        return PayosPaymentQuery.create(client);
    }
}
