package vn.congdanso.spring;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import vn.congdanso.payments.momo.MomoVerifier;
import vn.congdanso.payments.payos.PayosVerifier;
import vn.congdanso.payments.vnpay.VnpayVerifier;
import vn.congdanso.payments.zalopay.ZalopayVerifier;
import vn.congdanso.spring.internal.GatewayConfigured;
import vn.congdanso.spring.internal.SecretSanitizer;
import vn.congdanso.spring.internal.Verifiers;

/**
 * One callback verifier per gateway configured under {@code congdanso.payments.<gateway>.*};
 * none for a gateway with no property set. Each backs off when the app defines a bean of the
 * same type. A gateway configured in part fails start-up naming the missing property. Needs
 * neither an HTTP client nor a database.
 */
@AutoConfiguration
@EnableConfigurationProperties(CongdansoProperties.class)
public class CongdansoPaymentsAutoConfiguration {

    /** The VNPay IPN and return verifier. */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(GatewayConfigured.Vnpay.class)
    public VnpayVerifier congdansoVnpayVerifier(CongdansoProperties properties) {
        return Verifiers.vnpay(properties.getPayments().getVnpay());
    }

    /** The MoMo IPN verifier. */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(GatewayConfigured.Momo.class)
    public MomoVerifier congdansoMomoVerifier(CongdansoProperties properties) {
        return Verifiers.momo(properties.getPayments().getMomo());
    }

    /** The ZaloPay callback verifier. */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(GatewayConfigured.Zalopay.class)
    public ZalopayVerifier congdansoZalopayVerifier(CongdansoProperties properties) {
        return Verifiers.zalopay(properties.getPayments().getZalopay());
    }

    /** The payOS webhook verifier. */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(GatewayConfigured.Payos.class)
    public PayosVerifier congdansoPayosVerifier(CongdansoProperties properties) {
        return Verifiers.payos(properties.getPayments().getPayos());
    }

    /**
     * Masks every congdanso secret in {@code /actuator/env} and {@code /actuator/configprops},
     * even where {@code show-values} reveals other values.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SanitizingFunction.class)
    static class Sanitizing {

        @Bean
        SanitizingFunction congdansoSecretSanitizer() {
            return new SecretSanitizer();
        }
    }
}
